package app.zetpay.support.chat.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.shared.AfterCommit;
import app.zetpay.support.masking.SensitiveData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chat side of the triage bot: its messages and its handovers, under the conversation's lock. */
@Service
class BotChannelService implements BotChannel {

	private final Conversations conversations;
	private final Messages messages;
	private final Routing routing;
	private final Fanout fanout;
	private final Deliveries deliveries;
	private final java.time.Clock clock;
	private final JsonMapper json;

	BotChannelService(Conversations conversations, Messages messages, Routing routing, Fanout fanout,
			Deliveries deliveries, java.time.Clock clock, JsonMapper json) {
		this.conversations = conversations;
		this.messages = messages;
		this.routing = routing;
		this.fanout = fanout;
		this.deliveries = deliveries;
		this.clock = clock;
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
	@Transactional
	public boolean reply(ConversationId id, String text, List<QuickReply> quickReplies) {
		var conversation = conversations.lockForAppend(id).orElse(null);
		if (conversation == null || conversation.status() != ConversationStatus.BOT) {
			return false;
		}
		var at = Timeline.next(clock, conversation.updatedAt());
		var seq = conversation.lastSeq() + 1;
		// The bot quotes customers' words back at times; it must never echo a card number or an OTP.
		var message = new ChatMessage(Timeline.newMessageId(), id, seq, BOT_ID, BOT_NAME, SenderRole.BOT,
				conversation.customerId(), MessageType.TEXT, SensitiveData.mask(text).text(), null, at, null,
				quickReplies);
		messages.insert(message);
		conversations.advance(id, seq, at);
		deliveries.afterCommit(conversation, List.of(message));
		return true;
	}

	@Override
	@Transactional
	public boolean handOver(ConversationId id, @Nullable String team, boolean urgent, String summary, String notice) {
		var conversation = conversations.lockForAppend(id).orElse(null);
		if (conversation == null || conversation.status() != ConversationStatus.BOT) {
			return false;
		}
		var at = Timeline.next(clock, conversation.updatedAt());
		var seq = conversation.lastSeq() + 1;
		var note = Timeline.system(id, seq, notice, at);
		messages.insert(note);
		conversations.advance(id, seq, at);
		var queued = conversation.handedOver(team, summary, seq, at);
		conversations.updateState(queued);
		routing.enqueue(id.value(), team, urgent);
		deliveries.afterCommit(conversation, List.of(note));
		AfterCommit.run(() -> fanout.publish(conversation.recipients(), ServerFrame.CONVERSATION_UPDATED, queued.summary()));
		return true;
	}

	private static @Nullable String text(@Nullable JsonNode context, String key) {
		var node = context == null ? null : context.get(key);
		return node == null || node.isNull() ? null : node.asString();
	}
}
