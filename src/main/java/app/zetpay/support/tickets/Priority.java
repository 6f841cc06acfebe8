package app.zetpay.support.tickets;

/** How urgent a ticket is; decides its SLA targets. */
public enum Priority {
	LOW, MEDIUM, HIGH, URGENT
}
