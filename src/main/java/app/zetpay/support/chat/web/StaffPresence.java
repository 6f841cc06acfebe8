package app.zetpay.support.chat.web;

import org.springframework.stereotype.Component;

import app.zetpay.support.agents.Presence;
import app.zetpay.support.chat.internal.RoutingDecisions;
import app.zetpay.support.identity.Caller;

/**
 * An agent's sockets decide whether routing may give them chats, and whether their customers see
 * them online: each socket opened or closed is counted, and those customers are told.
 */
@Component
class StaffPresence {

	private final Presence presence;
	private final RoutingDecisions routingDecisions;

	StaffPresence(Presence presence, RoutingDecisions routingDecisions) {
		this.presence = presence;
		this.routingDecisions = routingDecisions;
	}

	void socketOpened(Caller caller) {
		if (caller instanceof Caller.Staff agent) {
			presence.socketOpened(agent.id());
			routingDecisions.announcePresence(agent.id());
		}
	}

	void socketClosed(Caller caller) {
		if (caller instanceof Caller.Staff agent) {
			presence.socketClosed(agent.id());
			routingDecisions.announcePresence(agent.id());
		}
	}
}
