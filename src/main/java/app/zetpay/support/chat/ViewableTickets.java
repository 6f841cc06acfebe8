package app.zetpay.support.chat;

import app.zetpay.support.identity.Caller;

/**
 * Whether staff may see a ticket, for the collision notice on tickets ({@code viewing {kind:
 * ticket}}): the tickets module answers it, since chat must not depend on tickets.
 */
public interface ViewableTickets {

	boolean visibleTo(Caller.Staff staff, String ticketIdOrNumber);
}
