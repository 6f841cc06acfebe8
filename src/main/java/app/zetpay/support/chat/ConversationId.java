package app.zetpay.support.chat;

import java.util.UUID;

import app.zetpay.support.shared.PrefixedIds;

/** A conversation's id; the {@code chatId} of the app's API. */
public record ConversationId(String value) {

	private static final String PREFIX = "cnv_";

	public ConversationId {
		if (!PrefixedIds.hasShape(value, PREFIX)) {
			throw new IllegalArgumentException("Not a conversation id: " + value);
		}
	}

	public static ConversationId generate() {
		return new ConversationId(PREFIX + UUID.randomUUID().toString().replace("-", ""));
	}

	/** For ids that arrive from outside: an unknown shape is simply a conversation that does not exist. */
	public static boolean isValid(String candidate) {
		return PrefixedIds.hasShape(candidate, PREFIX);
	}

	@Override
	public String toString() {
		return value;
	}
}
