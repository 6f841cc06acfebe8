package app.zetpay.support.tickets.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.CustomerVisibility;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;

/** A customer is in staff's work when one of the customer's tickets is visible to them. */
@Component
class TicketCustomerVisibility implements CustomerVisibility {

	private final TicketStore tickets;

	TicketCustomerVisibility(TicketStore tickets) {
		this.tickets = tickets;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canSee(Caller.Staff staff, String customerId) {
		// The same scope as the agents' ticket list (Ticket.isVisibleTo), counted in the database.
		var visibleTo = staff.hasRole(Role.SUPERVISOR) || staff.hasRole(Role.ADMIN) ? null
				: new TicketStore.VisibleTo(staff.id(), staff.teams().stream().map(TeamName::value).toList());
		var filter = new TicketStore.Filter(customerId, null, null, null, null, null, null, null, visibleTo);
		return tickets.list(filter, 0, 1).total() > 0;
	}
}
