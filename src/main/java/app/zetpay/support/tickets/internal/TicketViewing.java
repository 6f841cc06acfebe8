package app.zetpay.support.tickets.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ViewableTickets;
import app.zetpay.support.identity.Caller;

/** Tells the chat module's collision notice which tickets staff may have open. */
@Component
class TicketViewing implements ViewableTickets {

	private final TicketStore tickets;

	TicketViewing(TicketStore tickets) {
		this.tickets = tickets;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> visibleId(Caller.Staff staff, String ticketIdOrNumber) {
		return tickets.find(ticketIdOrNumber).filter(t -> t.isVisibleTo(staff)).map(Ticket::id);
	}
}
