package app.zetpay.support.tickets;

/** A ticket moved from one status to another. */
public record TicketStatusChanged(String ticketId, String number, String customerId, TicketStatus from,
		TicketStatus to) {
}
