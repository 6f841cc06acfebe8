package app.zetpay.support.tickets;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A ticket missed an SLA target; detected once per target, whichever node noticed. Carries who
 * had it (assignee, team) at that moment, so a listener need not read the ticket back.
 */
public record TicketSlaBreached(String ticketId, String number, Target target, Instant due,
		@Nullable String assigneeId, @Nullable String team) {

	public enum Target {
		FIRST_RESPONSE, RESOLUTION
	}
}
