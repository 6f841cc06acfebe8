package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.SenderRole;

/** How messages get their ids and times: the rules every writer of a conversation follows. */
final class Timeline {

	private Timeline() {
	}

	/**
	 * Now, to the microsecond the database keeps, but always after {@code lastChange}, so message
	 * times strictly increase with seq and paging by time cannot skip a message.
	 */
	static Instant next(Clock clock, Instant lastChange) {
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var floor = lastChange.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
		return now.isAfter(floor) ? now : floor;
	}

	static String newMessageId() {
		return "msg_" + UUID.randomUUID().toString().replace("-", "");
	}

	/** A note from the product itself (assignment, masking, closing), visible to both sides. */
	static ChatMessage system(ConversationId chatId, long seq, String text, Instant at) {
		return system(chatId, seq, text, at, null);
	}

	/** A note with an idempotency key: stored once however often it is appended. */
	static ChatMessage system(ConversationId chatId, long seq, String text, Instant at, @Nullable String key) {
		return new ChatMessage(newMessageId(), chatId, seq, Conversation.SUPPORT, "Zet Pay Support", SenderRole.SYSTEM,
				null, MessageType.SYSTEM, text, null, at, key);
	}
}
