package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.masking.SensitiveData;

/**
 * One message to store in a conversation, whoever writes it: a participant, the bot or the product
 * itself. A note that records a change of the conversation's state (assigned, requeued, handed over
 * or back, ended) carries that change, so the note and the change are numbered and stored together.
 */
record Append(ConversationId chatId, Author author, Draft draft, @Nullable Change change) {

	static Append of(Caller caller, ConversationId chatId, Draft draft) {
		return new Append(chatId, new Author.Participant(caller), draft, null);
	}

	/** The product's note recording a change of the conversation's state. */
	static Append note(ConversationId chatId, String text, Change change) {
		return new Append(chatId, new Author.Support(), Draft.note(text, null), change);
	}

	/** The product's note that changes nothing. */
	static Append note(ConversationId chatId, String text) {
		return new Append(chatId, new Author.Support(), Draft.note(text, null), null);
	}

	/** Who writes: decides the sender fields, the receiver, and who may write when. */
	sealed interface Author {

		String id();

		/** A customer or an agent, checked against the conversation's access rules. */
		record Participant(Caller caller) implements Author {

			@Override
			public String id() {
				return caller.id();
			}
		}

		/** The triage bot, which may write only while the conversation is the bot's. */
		record Bot() implements Author {

			@Override
			public String id() {
				return BotChannel.BOT_ID;
			}
		}

		/** The product itself: notes about the conversation, seen by both sides. */
		record Support() implements Author {

			@Override
			public String id() {
				return Conversation.SUPPORT;
			}
		}
	}

	/**
	 * What the message says, already validated and masked on the sender's thread (CPU only). The
	 * receiver is not the sender's to choose: it is the conversation's other side when the message is
	 * stored; a {@code receiverId} the client named is only checked against it. {@code clientMessageId}
	 * is the idempotency key: the same key from the same sender stores one message.
	 */
	record Draft(MessageType type, SensitiveData.@Nullable Masked text, @Nullable String imageUrl,
			@Nullable String clientMessageId, @Nullable String receiverId, List<QuickReply> quickReplies) {

		Draft {
			quickReplies = List.copyOf(quickReplies);
		}

		Draft(MessageType type, SensitiveData.@Nullable Masked text, @Nullable String imageUrl,
				@Nullable String clientMessageId, @Nullable String receiverId) {
			this(type, text, imageUrl, clientMessageId, receiverId, List.of());
		}

		Draft(MessageType type, SensitiveData.@Nullable Masked text, @Nullable String imageUrl,
				@Nullable String clientMessageId) {
			this(type, text, imageUrl, clientMessageId, null, List.of());
		}

		/** A note from the product: its own words, so nothing to mask. */
		static Draft note(String text, @Nullable String key) {
			return new Draft(MessageType.SYSTEM, new SensitiveData.Masked(text, Set.of()), null, key, null, List.of());
		}
	}

	/**
	 * The conversation's next state, decided from its state under the row lock once the note's
	 * number and time are known. Everyone on either side of the change hears of it, and
	 * {@code alsoTell} besides (the agent a conversation was taken from).
	 */
	record Change(Transition transition, Set<String> alsoTell) {

		Change(Transition transition) {
			this(transition, Set.of());
		}
	}

	@FunctionalInterface
	interface Transition {

		Conversation apply(Conversation locked, long seq, Instant at);
	}

	/** The stored message for this append at {@code seq} and {@code at}, in {@code conversation}. */
	ChatMessage message(Conversation conversation, long seq, Instant at) {
		var text = draft.text() == null ? null : draft.text().text();
		return switch (author) {
			case Author.Participant(var caller) -> new ChatMessage(Timeline.newMessageId(), chatId, seq, caller.id(),
					caller.displayName(), caller instanceof Caller.Staff ? SenderRole.AGENT : SenderRole.CUSTOMER,
					conversation.counterpartOf(caller.id()), draft.type(), text, draft.imageUrl(), at,
					draft.clientMessageId());
			case Author.Bot bot -> new ChatMessage(Timeline.newMessageId(), chatId, seq, BotChannel.BOT_ID,
					BotChannel.BOT_NAME, SenderRole.BOT, conversation.customerId(), MessageType.TEXT, text, null, at,
					draft.clientMessageId(), draft.quickReplies());
			case Author.Support support -> Timeline.system(chatId, seq, text == null ? "" : text, at,
					draft.clientMessageId());
		};
	}
}
