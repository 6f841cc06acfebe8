package app.zetpay.support.bot;

/** A guided conversation the bot runs when it recognises an intent linked to it. */
public enum BotFlow {
	/** A payment failed, perhaps with money debited: look up the transaction, explain the refund. */
	FAILED_PAYMENT,
	/** Where a refund is and when it arrives. */
	REFUND_STATUS,
	/** A blocked card or account, or a payment the customer did not make: secure first, then a person. */
	BLOCKED_OR_FRAUD,
	/** The customer asks for a person: hand over to an agent. */
	HUMAN
}
