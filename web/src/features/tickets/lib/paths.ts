/** Where the tickets screens live (app/routes/support mounts them under /support/tickets). */
export const ticketsPath = '/support/tickets';
export const newTicketPath = `${ticketsPath}/new`;
export const ticketPath = (ticketId: string) => `${ticketsPath}/${encodeURIComponent(ticketId)}`;
