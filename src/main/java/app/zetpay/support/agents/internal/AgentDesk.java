package app.zetpay.support.agents.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.agents.AgentLoads;
import app.zetpay.support.agents.Availability;
import app.zetpay.support.agents.ConversationAssigned;
import app.zetpay.support.agents.ConversationRequeued;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/** What an agent does at their desk: set availability, pick from the queue, transfer. */
@Service
public class AgentDesk implements AgentLoads {

	private final RoutingTables tables;
	private final Router router;
	private final PresenceService presence;
	private final AgentDirectory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AgentDesk(RoutingTables tables, Router router, PresenceService presence, AgentDirectory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.tables = tables;
		this.router = router;
		this.presence = presence;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** An agent's own routing state. */
	public record DeskStatus(String agentId, String name, Availability availability, boolean connected,
			boolean routable, int activeChats, int maxConcurrentChats, java.util.List<String> teams) {
	}

	@Transactional(readOnly = true)
	public DeskStatus status(Caller.Staff agent) {
		var account = account(agent.agentId().value());
		var availability = tables.availability(agent.id());
		var connected = presence.isConnected(agent.id());
		return new DeskStatus(agent.id(), account.name(), availability, connected,
				connected && availability == Availability.ONLINE && account.hasRole(Role.AGENT),
				tables.activeCount(agent.id()), account.maxConcurrentChats(),
				account.teams().stream().map(Object::toString).sorted().toList());
	}

	@Override
	@Transactional(readOnly = true)
	public AgentLoad of(String agentId) {
		var capacity = AgentId.isAgentId(agentId)
				? directory.find(new AgentId(agentId)).map(AgentAccount::maxConcurrentChats).orElse(0) : 0;
		return new AgentLoad(agentId, tables.availability(agentId), tables.activeCount(agentId), capacity);
	}

	@Transactional
	public DeskStatus setAvailability(Caller.Staff agent, Availability availability) {
		tables.setAvailability(agent.id(), availability, clock.instant());
		if (availability == Availability.ONLINE) {
			router.assignAfterCommit();
		}
		return status(agent);
	}

	/** The agent takes a waiting conversation themselves, within their capacity. */
	@Transactional
	public void pick(Caller.Staff agent, String conversationId) {
		var account = account(agent.id());
		var waiting = tables.lockWaiting(conversationId)
				.orElseThrow(() -> ProblemException.conflict("not-waiting",
						"This conversation is no longer waiting: someone already took it or it ended."));
		if (waiting.team() != null && !account.teams().contains(new TeamName(waiting.team()))
				&& !agent.hasRole(Role.SUPERVISOR)) {
			throw ProblemException.notFound("Waiting conversation " + conversationId);
		}
		requireFreeSlot(account);
		tables.dequeue(conversationId);
		tables.assign(conversationId, agent.id(), waiting.team(), clock.instant());
		events.publishEvent(new ConversationAssigned(conversationId, agent.id(), account.name(),
				ConversationAssigned.Reason.PICKED, null, null));
	}

	/**
	 * Hands an assigned conversation to another agent (who must have a free slot) or back to the
	 * queue for a team. Only its agent or a supervisor may.
	 */
	@Transactional
	public void transfer(Caller.Staff actor, String conversationId, @Nullable String toAgentId, @Nullable String toTeam,
			@Nullable String note) {
		if ((toAgentId == null) == (toTeam == null)) {
			throw new InvalidFieldException("toAgentId", "name exactly one of toAgentId or toTeam");
		}
		var current = tables.assignee(conversationId)
				.orElseThrow(() -> ProblemException.conflict("not-assigned", "This conversation is not assigned."));
		if (!current.equals(actor.id()) && !actor.hasRole(Role.SUPERVISOR)) {
			throw ProblemException.notFound("Assigned conversation " + conversationId);
		}
		var cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 1000) {
			throw new InvalidFieldException("note", "must be at most 1000 characters");
		}
		var now = clock.instant();
		tables.lockAgent(current, now);
		if (toAgentId != null) {
			if (toAgentId.equals(current)) {
				throw ProblemException.badRequest("same-agent", "The conversation is already with this agent.");
			}
			var target = Optional.of(toAgentId).filter(AgentId::isAgentId).flatMap(id -> directory.find(new AgentId(id)))
					.filter(AgentAccount::enabled).filter(a -> a.hasRole(Role.AGENT))
					.orElseThrow(() -> ProblemException.notFound("Agent " + toAgentId));
			requireFreeSlot(target);
			tables.reassign(conversationId, current, toAgentId, now);
			events.publishEvent(new ConversationAssigned(conversationId, toAgentId, target.name(),
					ConversationAssigned.Reason.TRANSFERRED, current, cleanNote));
		}
		else {
			var team = new TeamName(toTeam).value();
			tables.unassign(conversationId, current);
			tables.enqueue(conversationId, team, false, now);
			events.publishEvent(new ConversationRequeued(conversationId, team, current, actor.displayName(), cleanNote,
					ConversationRequeued.Reason.TRANSFERRED));
			router.assignAfterCommit();
		}
	}

	private void requireFreeSlot(AgentAccount account) {
		tables.lockAgent(account.id().value(), clock.instant());
		if (tables.activeCount(account.id().value()) >= account.maxConcurrentChats()) {
			throw new ProblemException(HttpStatus.CONFLICT, "agent-at-capacity",
					account.name() + " already has " + account.maxConcurrentChats() + " chats.");
		}
	}

	private AgentAccount account(String agentId) {
		return directory.find(new AgentId(agentId))
				.orElseThrow(() -> ProblemException.notFound("Agent " + agentId));
	}
}
