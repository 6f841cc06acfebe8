package app.zetpay.support.tickets;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A ticket was created, by whatever route. */
public record TicketOpened(String ticketId, String number, String customerId, String issueType, Priority priority,
		@Nullable String transactionId, @Nullable LocalDate refundEta) {
}
