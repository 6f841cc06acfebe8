package app.zetpay.support.reports;

import org.jspecify.annotations.Nullable;

/**
 * How a contact reached support. A chat is a conversation in the app (whether the bot or a person
 * answered it); a ticket's channel is where it came from: the customer's form, a chat turned into a
 * ticket, the payments system's failed-but-debited event, or an agent on the customer's behalf.
 */
public enum Channel {
	CHAT(null), TICKET_FORM("CUSTOMER"), TICKET_FROM_CHAT("CHAT"), PAYMENT_INCIDENT("PAYMENT_EVENT"),
	TICKET_BY_AGENT("AGENT");

	private final @Nullable String ticketSource;

	Channel(@Nullable String ticketSource) {
		this.ticketSource = ticketSource;
	}

	/** The ticket table's {@code source} for this channel; null for chats. */
	public @Nullable String ticketSource() {
		return ticketSource;
	}

	public boolean isTicket() {
		return this != CHAT;
	}
}
