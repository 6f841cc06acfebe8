package app.zetpay.support.chat.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.Handover;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.ProblemException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chat side of the triage bot: its replies go through the group commit like everyone's, keyed
 * by what they answer; its handover is a note stored with the change, under the conversation's lock.
 */
@Service
class BotChannelService implements BotChannel {

	private final Conversations conversations;
	private final MessageWriter writer;
	private final Routing routing;
	private final ChatFacts facts;
	private final JsonMapper json;

	BotChannelService(Conversations conversations, MessageWriter writer, Routing routing, ChatFacts facts,
			JsonMapper json) {
		this.conversations = conversations;
		this.writer = writer;
		this.routing = routing;
		this.facts = facts;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BotConversation> find(ConversationId id) {
		return conversations.findById(id).map(c -> {
			var context = c.context() == null ? null : json.readTree(c.context());
			return new BotConversation(c.id(), c.customerId(), c.customerName(), c.status(), c.topic(),
					c.associatedTransactionId(), text(context, "screen"), text(context, "errorCode"));
		});
	}

	@Override
	public boolean reply(ConversationId id, Prompt prompt, String text, List<QuickReply> quickReplies) {
		// The bot quotes customers' words back at times; it must never echo a card number or an OTP.
		var draft = new Append.Draft(MessageType.TEXT, SensitiveData.mask(text), null, prompt.key(), null,
				quickReplies);
		try {
			writer.submit(new Append(id, new Append.Author.Bot(), draft, null)).join();
			return true;
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof ProblemException refused && (refused.status() == HttpStatus.NOT_FOUND
					|| "not-the-bots".equals(refused.code()))) {
				return false;
			}
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	@Override
	@Transactional
	public boolean handOver(ConversationId id, @Nullable String team, Handover why, String summary, String notice) {
		var conversation = writer.lockForChange(id).orElse(null);
		if (conversation == null || conversation.status() != ConversationStatus.BOT) {
			return false;
		}
		writer.append(Append.note(id, notice,
				new Append.Change((locked, seq, at) -> locked.handedOver(team, why, summary, seq, at))));
		routing.enqueue(id.value(), team, why.priority() == Handover.Priority.URGENT);
		return true;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void classified(ConversationId id, String team) {
		facts.classified(id, team);
	}

	private static @Nullable String text(@Nullable JsonNode context, String key) {
		var node = context == null ? null : context.get(key);
		return node == null || node.isNull() ? null : node.asString();
	}
}
