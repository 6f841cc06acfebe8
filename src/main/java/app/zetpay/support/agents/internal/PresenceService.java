package app.zetpay.support.agents.internal;

import java.time.Clock;

import jakarta.annotation.PreDestroy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import app.zetpay.support.agents.Presence;
import app.zetpay.support.agents.PresenceChanged;

/** Keeps this node's agent sockets visible to every node's router, and forgets dead nodes. */
@Service
class PresenceService implements Presence {

	private final Connections connections;
	private final Router router;
	private final AgentsProperties properties;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	PresenceService(Connections connections, Router router, AgentsProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.connections = connections;
		this.router = router;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void socketOpened(String agentId) {
		router.prepareAgent(agentId);
		connections.opened(agentId, clock.instant());
		events.publishEvent(new PresenceChanged(agentId));
		// A newly connected agent may take waiting chats.
		router.assignAfterCommit();
	}

	@Override
	public void socketClosed(String agentId) {
		connections.closed(agentId);
		events.publishEvent(new PresenceChanged(agentId));
	}

	@Override
	public boolean isConnected(String agentId) {
		return connections.isConnected(agentId, clock.instant().minus(properties.presenceTimeout()));
	}

	@Override
	public java.util.Set<String> connectedAgents() {
		return connections.connectedAgents(clock.instant().minus(properties.presenceTimeout()));
	}

	@Scheduled(fixedDelayString = "${support.agents.heartbeat:10s}")
	void heartbeat() {
		var now = clock.instant();
		connections.heartbeat(now);
		connections.forgetStale(now.minus(properties.presenceTimeout().multipliedBy(10)));
	}

	@PreDestroy
	void leave() {
		connections.forgetThisNode();
	}
}
