package app.zetpay.support.tickets;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.payments.Transaction;

/**
 * Tickets about money that has to come back: for the triage bot, which opens or shows them in a
 * conversation. One ticket per transaction, however often it is asked (the payments webhook and the
 * bot share the claim).
 */
public interface RefundCases {

	/** A refund ticket as the customer is told about it. */
	record RefundCase(String ticketId, String ticketNumber, String transactionId, @Nullable LocalDate refundEta,
			TicketStatus status, boolean created) {
	}

	/** The ticket for a failed-but-debited transaction, opened now if there is none yet. */
	RefundCase forFailedDebit(Transaction transaction);

	/** The customer's refund tickets, newest first. */
	List<RefundCase> of(String customerId, int limit);
}
