package app.zetpay.support.tickets.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.tickets.TicketSlaBreached;

/**
 * Flags tickets that missed a target. Safe on several nodes: overdue tickets are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so each breach is flagged, audited and announced once.
 */
@Component
public class SlaMonitor {

	private static final int BATCH = 100;

	private final TicketStore tickets;
	private final TicketThread thread;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SlaMonitor(TicketStore tickets, TicketThread thread, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.tickets = tickets;
		this.thread = thread;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Checks now; returns how many breaches it flagged. */
	@Scheduled(fixedDelayString = "${support.tickets.sla-check:30s}", initialDelayString = "${support.tickets.sla-check:30s}")
	public int check() {
		var flagged = 0;
		while (true) {
			var round = transactions.execute(tx -> checkBatch());
			if (round == null) {
				return flagged;
			}
			flagged += round.flagged();
			if (round.examined() < BATCH) {
				return flagged;
			}
		}
	}

	private record Round(int examined, int flagged) {
	}

	private Round checkBatch() {
		var now = clock.instant();
		var overdue = tickets.overdue(now, BATCH);
		var flagged = 0;
		for (var ticket : overdue) {
			var firstResponse = !ticket.firstResponseBreached() && ticket.firstRespondedAt() == null
					&& ticket.firstResponseDue() != null && ticket.firstResponseDue().isBefore(now);
			var resolution = !ticket.resolutionBreached() && ticket.resolutionDue() != null
					&& ticket.resolutionDue().isBefore(now);
			tickets.markBreached(ticket.id(), ticket.firstResponseBreached() || firstResponse,
					ticket.resolutionBreached() || resolution);
			if (firstResponse) {
				thread.record(ticket.id(), TicketService.SYSTEM_ID, TicketService.SYSTEM_NAME, "sla", null,
						"FIRST_RESPONSE_BREACHED", now);
				events.publishEvent(new TicketSlaBreached(ticket.id(), ticket.number(),
						TicketSlaBreached.Target.FIRST_RESPONSE, ticket.firstResponseDue(), ticket.assigneeId(),
						ticket.team()));
				flagged++;
			}
			if (resolution) {
				thread.record(ticket.id(), TicketService.SYSTEM_ID, TicketService.SYSTEM_NAME, "sla", null,
						"RESOLUTION_BREACHED", now);
				events.publishEvent(new TicketSlaBreached(ticket.id(), ticket.number(),
						TicketSlaBreached.Target.RESOLUTION, ticket.resolutionDue(), ticket.assigneeId(), ticket.team()));
				flagged++;
			}
		}
		return new Round(overdue.size(), flagged);
	}
}
