package app.zetpay.support.chat;

/**
 * A button under a bot message: the app shows {@code label}, and tapping it sends {@code reply} as
 * the customer's next message, so a tap and typed words take the same path.
 */
public record QuickReply(String label, String reply) {

	public QuickReply {
		if (label.isBlank() || label.length() > 60) {
			throw new IllegalArgumentException("A quick reply's label must have 1 to 60 characters");
		}
		if (reply.isBlank() || reply.length() > 200) {
			throw new IllegalArgumentException("A quick reply must send 1 to 200 characters");
		}
	}

	/** A button that sends its own label. */
	public static QuickReply of(String label) {
		return new QuickReply(label, label);
	}
}
