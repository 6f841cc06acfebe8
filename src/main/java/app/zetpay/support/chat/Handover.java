package app.zetpay.support.chat;

/**
 * Why the bot handed a conversation to a person, and how soon it needs one: typed, so the console
 * ranks and labels it in any language and whatever words the bot's summary uses. Staff only.
 */
public record Handover(Cause cause, Priority priority) {

	/** The bot's reasons for a handover. */
	public enum Cause {
		/** A blocked card or account, or someone else using it. */
		SUSPECTED_FRAUD(Priority.URGENT),
		/** The customer sounded upset. */
		UPSET_CUSTOMER(Priority.HIGH),
		/** A failed payment the bot could not settle (e.g. money debited but the payment not found). */
		FAILED_PAYMENT(Priority.HIGH),
		/** The payments system did not answer, so the bot could not check the payment. */
		PAYMENTS_UNAVAILABLE(Priority.NORMAL),
		/** The customer asked for a person. */
		ASKED_FOR_PERSON(Priority.NORMAL),
		/** The bot did not understand the customer twice in a row. */
		LOW_CONFIDENCE(Priority.NORMAL),
		/** The bot failed while answering. */
		BOT_ERROR(Priority.NORMAL),
		/** No intent model was served yet. */
		BOT_NOT_READY(Priority.NORMAL);

		private final Priority usual;

		Cause(Priority usual) {
			this.usual = usual;
		}

		/** The priority a handover for this cause gets unless the bot says otherwise. */
		public Priority usualPriority() {
			return usual;
		}
	}

	/** How soon a person should answer; URGENT also goes ahead of the queue. */
	public enum Priority {
		URGENT, HIGH, NORMAL
	}

	public static Handover of(Cause cause) {
		return new Handover(cause, cause.usualPriority());
	}
}
