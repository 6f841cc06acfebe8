package app.zetpay.support.chat;

/** Who wrote a message. */
public enum SenderRole {
	CUSTOMER, AGENT, BOT, SYSTEM
}
