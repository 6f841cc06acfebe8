package app.zetpay.support.tickets.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.payments.Transaction;
import app.zetpay.support.tickets.RefundCases;
import app.zetpay.support.tickets.TicketStatus;

/** Refund tickets for the bot, through the same one-ticket-per-transaction claim as the webhook. */
@Service
class RefundCaseService implements RefundCases {

	private final PaymentIncidents incidents;
	private final TicketStore store;
	private final JdbcClient jdbc;

	RefundCaseService(PaymentIncidents incidents, TicketStore store, JdbcClient jdbc) {
		this.incidents = incidents;
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public RefundCase forFailedDebit(Transaction transaction) {
		if (!transaction.failedButDebited()) {
			throw new IllegalArgumentException("Transaction " + transaction.id() + " did not fail with a debit");
		}
		var outcome = incidents.failedDebit(new PaymentIncidents.FailedDebit("chat:" + transaction.id(),
				transaction.userId(), transaction.id(), null, transaction.amount(), transaction.currency(),
				transaction.method().name(), null, transaction.failureReason(), transaction.errorCode(),
				transaction.occurredAt()));
		// The outcome already says all the customer is told: no second read of the ticket.
		return new RefundCase(outcome.ticketId(), outcome.ticketNumber(), transaction.id(), outcome.refundEta(),
				TicketStatus.valueOf(outcome.status()), outcome.created());
	}

	@Override
	@Transactional(readOnly = true)
	public List<RefundCase> of(String customerId, int limit) {
		return jdbc.sql("""
				SELECT t.id FROM ticket t JOIN payment_incident p ON p.ticket_id = t.id
				WHERE t.customer_id = :customer ORDER BY t.created_at DESC LIMIT :limit""")
				.param("customer", customerId).param("limit", limit).query(String.class).list().stream()
				.flatMap(id -> store.find(id).stream()).map(ticket -> view(ticket, false)).toList();
	}

	private static RefundCase view(Ticket ticket, boolean created) {
		return new RefundCase(ticket.id(), ticket.number(), ticket.transactionId(), ticket.refundEta(), ticket.status(),
				created);
	}
}
