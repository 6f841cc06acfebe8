package app.zetpay.support.tickets.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.TicketStatus;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Sql;

/**
 * Turns payment events into tickets: exactly one HIGH-priority ticket per failed-but-debited
 * transaction, claimed through the {@code payment_incident} key before the ticket is written, so
 * concurrent deliveries wait for the first and then find its ticket. A later refund or success for
 * the same transaction resolves that ticket.
 */
@Service
public class PaymentIncidents {

	private final JdbcClient jdbc;
	private final TicketService tickets;
	private final TicketStore store;
	private final TicketThread thread;
	private final SlaClock sla;
	private final TicketsProperties properties;
	private final Clock clock;

	PaymentIncidents(JdbcClient jdbc, TicketService tickets, TicketStore store, TicketThread thread, SlaClock sla,
			TicketsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.store = store;
		this.thread = thread;
		this.sla = sla;
		this.properties = properties;
		this.clock = clock;
	}

	/** A failed payment whose money left the customer's account. */
	public record FailedDebit(String eventId, String userId, String transactionId, @Nullable String pspTransactionId,
			BigDecimal amount, String currency, @Nullable String method, @Nullable String recipientUpiId,
			@Nullable String failureReason, @Nullable String errorCode, Instant occurredAt) {
	}

	/** What the payments system is told back, however often it reports the same transaction. */
	public record Outcome(@Nullable String ticketId, @Nullable String ticketNumber, @Nullable LocalDate refundEta,
			@Nullable String status, boolean created) {
	}

	@Transactional
	public Outcome failedDebit(FailedDebit event) {
		recordEvent(event.eventId(), "payment.failed_debited", event.transactionId());
		var ticketId = TicketService.newId();
		var claimed = jdbc.sql("INSERT INTO payment_incident (transaction_id, ticket_id, created_at)"
				+ " VALUES (:txn, :ticket, :at) ON CONFLICT DO NOTHING")
				.param("txn", event.transactionId()).param("ticket", ticketId)
				.param("at", Sql.utc(clock.instant())).update() == 1;
		if (!claimed) {
			var existing = ticketFor(event.transactionId()).orElseThrow();
			return new Outcome(existing.id(), existing.number(), existing.refundEta(), existing.status().name(), false);
		}
		var refundEta = sla.calendar().plusBankingDays(event.occurredAt(), properties.refundBusinessDays());
		var ticket = tickets.open(ticketId, event.userId(), null, issueType(event), describe(event, refundEta),
				event.transactionId(), Priority.HIGH, Ticket.Source.PAYMENT_EVENT, refundEta, null,
				TicketService.Actor.SYSTEM);
		thread.add(ticket.id(), TicketService.SYSTEM_ID, TicketService.SYSTEM_NAME, TicketThread.AuthorRole.SYSTEM,
				TicketThread.Visibility.PUBLIC, "Your payment of " + money(event) + " failed but the amount was debited. "
						+ "We have raised this ticket for you: the money is normally returned to your account by "
						+ refundEta + ". You do not need to do anything.", clock.instant());
		return new Outcome(ticket.id(), ticket.number(), refundEta, ticket.status().name(), true);
	}

	/** The money came back (refund) or the payment went through after all: the ticket is resolved. */
	@Transactional
	public Outcome settled(String eventId, String type, String transactionId, @Nullable BigDecimal amount,
			@Nullable String currency) {
		recordEvent(eventId, type, transactionId);
		var found = ticketFor(transactionId);
		if (found.isEmpty()) {
			return new Outcome(null, null, null, null, false);
		}
		var ticket = store.lock(found.get().id()).orElseThrow();
		if (ticket.status().isActive()) {
			var now = clock.instant();
			var what = amount == null ? "The amount" : "Your " + currency + " " + amount.toPlainString();
			thread.add(ticket.id(), TicketService.SYSTEM_ID, TicketService.SYSTEM_NAME, TicketThread.AuthorRole.SYSTEM,
					TicketThread.Visibility.PUBLIC, type.equals("payment.refunded")
							? what + " has been refunded to your account. We are closing this ticket as resolved."
							: "The payment has now gone through, so no refund is needed. We are closing this ticket as "
									+ "resolved.",
					now);
			tickets.move(ticket, TicketStatus.RESOLVED, TicketService.Actor.SYSTEM, now);
		}
		var current = store.find(ticket.id()).orElseThrow();
		return new Outcome(current.id(), current.number(), current.refundEta(), current.status().name(), false);
	}

	private Optional<Ticket> ticketFor(String transactionId) {
		return jdbc.sql("SELECT ticket_id FROM payment_incident WHERE transaction_id = :txn")
				.param("txn", transactionId).query(String.class).optional().flatMap(store::find);
	}

	/**
	 * A redelivered event (same id, same type and transaction) is answered as before; the same id
	 * on a different event is the sender's bug, and acting on it would open a second ticket under
	 * an id that already stands for the first one.
	 */
	private void recordEvent(String eventId, String type, String transactionId) {
		var first = jdbc.sql("INSERT INTO payment_event (event_id, type, transaction_id, received_at)"
				+ " VALUES (:id, :type, :txn, :at) ON CONFLICT DO NOTHING")
				.param("id", eventId).param("type", type).param("txn", transactionId)
				.param("at", Sql.utc(clock.instant())).update() == 1;
		if (first) {
			return;
		}
		var same = jdbc.sql("SELECT COUNT(*) FROM payment_event WHERE event_id = :id AND type = :type"
				+ " AND transaction_id = :txn")
				.param("id", eventId).param("type", type).param("txn", transactionId).query(Long.class).single() == 1;
		if (!same) {
			throw ProblemException.conflict("event-id-reused", "Event " + eventId
					+ " was already received for another transaction or type; give each event its own id.");
		}
	}

	private static String issueType(FailedDebit event) {
		var method = event.method() != null ? event.method().strip().toUpperCase(Locale.ROOT)
				: event.recipientUpiId() != null ? "UPI" : "UPI";
		return "Payment Failed, Amount Debited (" + method + ")";
	}

	private static String describe(FailedDebit event, LocalDate refundEta) {
		var text = new StringBuilder("Payment of ").append(money(event)).append(" failed on ")
				.append(event.occurredAt()).append(" but the amount was debited.");
		if (event.recipientUpiId() != null) {
			text.append(" Recipient: ").append(event.recipientUpiId()).append('.');
		}
		if (event.failureReason() != null) {
			text.append(" Reason: ").append(event.failureReason()).append('.');
		}
		if (event.errorCode() != null) {
			text.append(" Error code: ").append(event.errorCode()).append('.');
		}
		if (event.pspTransactionId() != null) {
			text.append(" PSP reference: ").append(event.pspTransactionId()).append('.');
		}
		return text.append(" Expected refund by ").append(refundEta).append('.').toString();
	}

	private static String money(FailedDebit event) {
		return ("INR".equals(event.currency()) ? "₹" : event.currency() + " ") + event.amount().toPlainString();
	}
}
