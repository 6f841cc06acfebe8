package app.zetpay.support.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Tickets close to (or past) their next SLA target, for the supervisors' live view. */
public interface SlaWatch {

	/** How close a target counts as "due soon" ({@code support.tickets.due-soon}). */
	Duration dueSoon();

	/**
	 * Active tickets with a running target due before {@code until}, overdue ones first (earliest due
	 * first); paused tickets (waiting on the customer) are not counted.
	 */
	List<DueTicket> dueBefore(Instant until, int limit);

	record DueTicket(String ticketId, String number, Priority priority, @Nullable String team,
			@Nullable String assigneeId, TicketSlaBreached.Target target, Instant due) {
	}
}
