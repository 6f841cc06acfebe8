package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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

	/**
	 * {@code msg_}, the milliseconds since the epoch in 12 hex digits, then 80 random bits: new ids
	 * sort after older ones, so inserting them touches the right edge of the id index rather than a
	 * random page of it (fewer pages rewritten per commit, on H2 and PostgreSQL alike), and stay as
	 * hard to guess as before (every route checks access to the chat anyway). Same length and
	 * alphabet as the random ids already stored.
	 */
	static String newMessageId() {
		return messageId(System.currentTimeMillis(), UUID.randomUUID());
	}

	static String messageId(long epochMillis, UUID random) {
		return "msg_" + HEX.toHexDigits(epochMillis).substring(4)
				+ HEX.toHexDigits(random.getLeastSignificantBits()) + HEX.toHexDigits((short) random.getMostSignificantBits());
	}

	private static final HexFormat HEX = HexFormat.of();

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
