package app.zetpay.support.tickets.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.UserNotifier;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Role;
import app.zetpay.support.tickets.TicketSlaBreached;

/**
 * A missed SLA target is told at once to the ticket's assignee and to every supervisor, on their
 * open sockets ({@code ticket_sla_breached}), so the console can flag it without polling. A ticket
 * with no assignee reaches the supervisors alone: they are the ones to hand it out.
 */
@Component
class SlaAlerts {

	private final AgentDirectory agents;
	private final UserNotifier notifier;

	SlaAlerts(AgentDirectory agents, UserNotifier notifier) {
		this.agents = agents;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(TicketSlaBreached breached) {
		var recipients = new HashSet<String>();
		agents.findAll().stream().filter(AgentAccount::enabled).filter(a -> a.hasRole(Role.SUPERVISOR))
				.forEach(supervisor -> recipients.add(supervisor.id().value()));
		if (breached.assigneeId() != null) {
			recipients.add(breached.assigneeId());
		}
		var payload = new LinkedHashMap<String, Object>();
		payload.put("ticketId", breached.ticketId());
		payload.put("number", breached.number());
		payload.put("target", breached.target().name());
		payload.put("due", breached.due());
		payload.put("assigneeId", breached.assigneeId());
		payload.put("team", breached.team());
		notifier.notify(recipients, ServerFrame.TICKET_SLA_BREACHED, payload);
	}
}
