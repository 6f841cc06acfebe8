package app.zetpay.support.tickets;

import java.util.EnumSet;
import java.util.Set;

/** Where a ticket stands, and which moves are allowed from each state. */
public enum TicketStatus {
	OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED;

	public Set<TicketStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED);
			case IN_PROGRESS -> EnumSet.of(OPEN, WAITING_ON_CUSTOMER, RESOLVED);
			case WAITING_ON_CUSTOMER -> EnumSet.of(IN_PROGRESS, RESOLVED);
			// Reopened when the customer replies or an agent takes it up again.
			case RESOLVED -> EnumSet.of(OPEN, IN_PROGRESS, CLOSED);
			case CLOSED -> EnumSet.noneOf(TicketStatus.class);
		};
	}

	public boolean canMoveTo(TicketStatus target) {
		return next().contains(target);
	}

	public boolean isActive() {
		return this != RESOLVED && this != CLOSED;
	}
}
