package app.zetpay.support.tickets.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.tickets.SlaWatch;

/** {@link SlaWatch} over the ticket table: the same "next target" the agents' list sorts by. */
@Component
class TicketSlaWatch implements SlaWatch {

	private final TicketStore store;
	private final Duration dueSoon;

	TicketSlaWatch(TicketStore store, TicketsProperties properties) {
		this.store = store;
		this.dueSoon = properties.dueSoon();
	}

	@Override
	public Duration dueSoon() {
		return dueSoon;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueTicket> dueBefore(Instant until, int limit) {
		return store.nextDueBefore(until, limit);
	}
}
