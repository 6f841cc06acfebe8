// features/tickets: the customer's tickets (list, one ticket, raising one). app/routes/support mounts
// them under /support/tickets, lazily, behind RequireSession.
export { TicketsListPage } from './components/tickets-list-page';
export { TicketPage } from './components/ticket-page';
export { NewTicketPage } from './components/new-ticket-page';
export { ticketsPath, newTicketPath, ticketPath } from './lib/paths';
