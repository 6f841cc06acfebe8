package app.zetpay.support.chat.internal;

import java.util.HashSet;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import app.zetpay.support.agents.Presence;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.chat.SenderRole;

/**
 * Lets agents watch the bot at work: every message of a conversation the bot is answering is also
 * pushed to the connected agents as {@code bot_chat_activity}, so the console can show those chats
 * live and an agent can step in with context. Only unassigned conversations are looked at (an
 * assigned one has its agent among the recipients), so agents' own chats cost nothing extra.
 */
@Component
class BotChatWatch {

	private final Conversations conversations;
	private final Presence presence;
	private final Fanout fanout;

	BotChatWatch(Conversations conversations, Presence presence, Fanout fanout) {
		this.conversations = conversations;
		this.presence = presence;
		this.fanout = fanout;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(MessagePosted posted) {
		var message = posted.message();
		if (message.senderRole() == SenderRole.AGENT || posted.recipients().size() != 1) {
			return;
		}
		var conversation = conversations.findById(message.chatId()).orElse(null);
		if (conversation == null || conversation.status() != ConversationStatus.BOT) {
			return;
		}
		var agents = new HashSet<>(presence.connectedAgents());
		if (!agents.isEmpty()) {
			fanout.publish(agents, "bot_chat_activity", Map.of("chatId", message.chatId().value(), "status",
					conversation.status().name(), "message", ChatMessageView.of(message, false)));
		}
	}
}
