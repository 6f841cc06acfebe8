package app.zetpay.support.tickets;

import java.time.Instant;

/** A ticket missed an SLA target; detected once per target, whichever node noticed. */
public record TicketSlaBreached(String ticketId, String number, Target target, Instant due) {

	public enum Target {
		FIRST_RESPONSE, RESOLUTION
	}
}
