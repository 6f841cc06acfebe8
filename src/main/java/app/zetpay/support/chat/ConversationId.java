package app.zetpay.support.chat;

import java.util.UUID;
import java.util.regex.Pattern;

/** A conversation's id; the {@code chatId} of the app's API. */
public record ConversationId(String value) {

	private static final Pattern SHAPE = Pattern.compile("cnv_[0-9a-f]{32}");

	public ConversationId {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a conversation id: " + value);
		}
	}

	public static ConversationId generate() {
		return new ConversationId("cnv_" + UUID.randomUUID().toString().replace("-", ""));
	}

	/** For ids that arrive from outside: an unknown shape is simply a conversation that does not exist. */
	public static boolean isValid(String candidate) {
		return candidate != null && SHAPE.matcher(candidate).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
