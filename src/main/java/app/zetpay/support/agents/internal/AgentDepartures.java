package app.zetpay.support.agents.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.agents.ConversationRequeued;
import app.zetpay.support.identity.AgentAccountUpdated;
import app.zetpay.support.identity.Role;

/**
 * An account that can no longer take chats (disabled, or no longer an agent) gives its open
 * conversations back to the queue of the team each was routed for, where the next agent picks them
 * up; its customers are told. Runs from the event publication registry, so a crash between the
 * change and this does not strand the chats.
 */
@Component
class AgentDepartures {

	private static final Logger log = LoggerFactory.getLogger(AgentDepartures.class);

	private final RoutingTables tables;
	private final Router router;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AgentDepartures(RoutingTables tables, Router router, ApplicationEventPublisher events, Clock clock) {
		this.tables = tables;
		this.router = router;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AgentAccountUpdated updated) {
		var account = updated.account();
		if (account.enabled() && account.hasRole(Role.AGENT)) {
			return;
		}
		var agentId = account.id().value();
		var now = clock.instant();
		tables.lockAgent(agentId, now);
		var assigned = tables.assignedTo(agentId);
		for (var conversation : assigned) {
			tables.unassign(conversation.conversationId(), agentId);
			tables.enqueue(conversation.conversationId(), conversation.team(), false, now);
			events.publishEvent(new ConversationRequeued(conversation.conversationId(), conversation.team(), agentId,
					account.name(), null, ConversationRequeued.Reason.AGENT_UNAVAILABLE));
		}
		if (!assigned.isEmpty()) {
			log.info("{} can no longer take chats: {} conversations went back to the queue", agentId, assigned.size());
			router.assignAfterCommit();
		}
	}
}
