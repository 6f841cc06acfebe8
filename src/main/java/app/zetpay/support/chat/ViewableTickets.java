package app.zetpay.support.chat;

import java.util.Optional;

import app.zetpay.support.identity.Caller;

/**
 * Whether staff may see a ticket, for the collision notice on tickets ({@code viewing {kind:
 * ticket}}): the tickets module answers it, since chat must not depend on tickets.
 */
public interface ViewableTickets {

	/**
	 * The ticket's own id when staff may see it. A ticket is opened by its id or by its number;
	 * keying viewers by the id makes both one item.
	 */
	Optional<String> visibleId(Caller.Staff staff, String ticketIdOrNumber);
}
