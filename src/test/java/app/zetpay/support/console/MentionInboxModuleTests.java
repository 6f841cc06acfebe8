package app.zetpay.support.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import app.zetpay.support.chat.ChatLookup;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.NoteMentioned;
import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.UserNotifier;
import app.zetpay.support.console.internal.Mention;
import app.zetpay.support.console.internal.MentionInbox;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.identity.Role;

/**
 * The console module on its own: the chat module's {@link NoteMentioned}, heard across the module
 * boundary, fills each mentioned agent's inbox once (a replayed event adds nothing) and tells them.
 */
@ApplicationModuleTest
class MentionInboxModuleTests {

	@MockitoBean
	ChatLookup chats;

	@MockitoBean
	UserNotifier notifier;

	@MockitoBean
	AgentDirectory directory;

	@Autowired
	MentionInbox inbox;

	@Test
	void aNoteMentionedFillsTheMentionedAgentsInboxOnceAndNotifiesThem(Scenario scenario) {
		var agentId = AgentId.generate();
		var staff = new Caller.Staff(agentId, "Mentioned", new EmailAddress("mentioned@zetpay.test"),
				EnumSet.of(Role.AGENT), Set.of());
		var event = new NoteMentioned("note_" + java.util.UUID.randomUUID().toString().replace("-", ""), ConversationId.generate(), 3, "agt_author", "Author",
				List.of(agentId.value()), "@mentioned please check", Instant.now().truncatedTo(ChronoUnit.MICROS));

		scenario.publish(event)
				.andWaitForStateChange(() -> inbox.of(staff, true), mentions -> !mentions.isEmpty())
				.andVerify(mentions -> {
					assertThat(mentions).extracting(Mention::noteId).containsExactly(event.noteId());
					assertThat(mentions.getFirst().excerpt()).isEqualTo("@mentioned please check");
				});
		scenario.publish(event)
				.andWaitForStateChange(() -> inbox.of(staff, false).size(), size -> size >= 1)
				.andVerify(size -> assertThat(size).isEqualTo(1));

		verify(notifier, times(1)).notify(eq(Set.of(agentId.value())), eq(ServerFrame.MENTION), any());
	}
}
