package app.zetpay.support.agents.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.agents.Availability;
import app.zetpay.support.agents.ConversationAssigned;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.AfterCommit;

/**
 * The assignment loop. Each round takes the oldest waiting conversations no other node is working
 * on ({@code FOR UPDATE SKIP LOCKED}), finds the least-loaded routable agent for one of them, locks
 * that agent, re-counts their load under the lock and only then assigns: two nodes can neither
 * assign the same conversation nor overfill an agent. Rounds run after anything that may free or add
 * capacity (a new chat, an agent connecting or coming online, a chat ending) and on a timer.
 */
@Service
public class Router implements Routing {

	private static final Logger log = LoggerFactory.getLogger(Router.class);
	private static final int LOOK_AHEAD = 50;

	private final RoutingTables tables;
	private final Connections connections;
	private final AgentDirectory directory;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final AgentsProperties properties;
	private final Clock clock;
	private final AtomicBoolean running = new AtomicBoolean();
	private final AtomicBoolean again = new AtomicBoolean();

	Router(RoutingTables tables, Connections connections, AgentDirectory directory, ApplicationEventPublisher events,
			TransactionTemplate transactions, AgentsProperties properties, Clock clock) {
		this.tables = tables;
		this.connections = connections;
		this.directory = directory;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	// ---- Routing API (joins the caller's transaction) ----------------------------------------------

	@Override
	@Transactional
	public void enqueue(String conversationId, @Nullable String team) {
		enqueue(conversationId, team, false);
	}

	@Override
	@Transactional
	public void enqueue(String conversationId, @Nullable String team, boolean urgent) {
		tables.enqueue(conversationId, team, urgent, clock.instant());
		assignAfterCommit();
	}

	@Override
	public void prepareAgent(String agentId) {
		tables.ensureStatusRow(agentId, clock.instant());
	}

	@Override
	@Transactional
	public void assignDirect(String conversationId, String agentId) {
		var now = clock.instant();
		tables.lockAgent(agentId, now);
		tables.assign(conversationId, agentId, null, now);
	}

	@Override
	@Transactional
	public void release(String conversationId) {
		tables.dequeue(conversationId);
		if (tables.unassign(conversationId)) {
			assignAfterCommit();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<QueuePosition> position(String conversationId) {
		return queue().stream().filter(p -> p.conversationId().equals(conversationId)).findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<QueuePosition> queue() {
		var waiting = tables.waiting();
		var agentsOnline = routableAgents();
		var result = new ArrayList<QueuePosition>(waiting.size());
		for (int i = 0; i < waiting.size(); i++) {
			var entry = waiting.get(i);
			var position = i + 1;
			// Each available agent takes one chat off the line per average handling time.
			var rounds = (long) Math.ceil(position / (double) Math.max(1, agentsOnline));
			var wait = agentsOnline == 0 ? -1 : (rounds - 1) * properties.averageHandleTime().toSeconds();
			result.add(new QueuePosition(entry.conversationId(), entry.team(), position, wait, agentsOnline));
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public int routableAgents() {
		return routable(null).size();
	}

	// ---- The loop ----------------------------------------------------------------------------------

	/** Runs rounds until nothing more can be assigned; concurrent calls on this node coalesce. */
	public void assignWaiting() {
		again.set(true);
		// Whoever holds 'running' loops again if another trigger arrived while it worked.
		while (again.get() && running.compareAndSet(false, true)) {
			try {
				again.set(false);
				while (Boolean.TRUE.equals(transactions.execute(tx -> assignOne()))) {
					// Keep going while rounds make progress.
				}
			}
			catch (RuntimeException e) {
				log.warn("Routing round failed; the next trigger or sweep retries", e);
			}
			finally {
				running.set(false);
			}
		}
	}

	@Scheduled(fixedDelayString = "${support.agents.sweep:5s}", initialDelayString = "${support.agents.sweep:5s}")
	void sweep() {
		assignWaiting();
	}

	void assignAfterCommit() {
		AfterCommit.run(() -> Thread.ofVirtual().name("routing").start(this::assignWaiting));
	}

	/** One assignment, or false when no waiting conversation can be served now. */
	private boolean assignOne() {
		var waiting = tables.lockOldest(LOOK_AHEAD);
		if (waiting.isEmpty()) {
			return false;
		}
		var candidates = routable(null);
		if (candidates.isEmpty()) {
			return false;
		}
		var now = clock.instant();
		var loads = tables.loads(ids(candidates));
		for (var entry : waiting) {
			var ranked = candidates.stream()
					.filter(agent -> entry.team() == null || agent.teams().contains(new TeamName(entry.team())))
					.filter(agent -> loads.getOrDefault(agent.id().value(), new RoutingTables.Load(0, null)).active()
							< agent.maxConcurrentChats())
					.sorted(Comparator.<AgentAccount>comparingInt(a -> loads.getOrDefault(a.id().value(),
							new RoutingTables.Load(0, null)).active())
							.thenComparing(a -> loads.getOrDefault(a.id().value(), new RoutingTables.Load(0, null))
									.lastAssignedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
					.toList();
			for (var agent : ranked) {
				var agentId = agent.id().value();
				tables.lockAgent(agentId, now);
				// Counted again under the lock: another node may have filled the slot meanwhile.
				if (tables.activeCount(agentId) >= agent.maxConcurrentChats()) {
					continue;
				}
				tables.dequeue(entry.conversationId());
				tables.assign(entry.conversationId(), agentId, entry.team(), now);
				events.publishEvent(new ConversationAssigned(entry.conversationId(), agentId, agent.name(),
						ConversationAssigned.Reason.ROUTED, null, null));
				return true;
			}
		}
		return false;
	}

	/**
	 * Agents who can take a chat: enabled, with the AGENT role, available, and with a live socket on
	 * some node. {@code team} narrows it when given.
	 */
	List<AgentAccount> routable(@Nullable String team) {
		var connected = connections.connectedAgents(clock.instant().minus(properties.presenceTimeout()));
		if (connected.isEmpty()) {
			return List.of();
		}
		var availability = tables.availability(connected);
		return directory.findAll().stream()
				.filter(AgentAccount::enabled)
				.filter(agent -> agent.hasRole(Role.AGENT))
				.filter(agent -> connected.contains(agent.id().value()))
				.filter(agent -> availability.getOrDefault(agent.id().value(), Availability.ONLINE) == Availability.ONLINE)
				.filter(agent -> team == null || agent.teams().contains(new TeamName(team)))
				.toList();
	}

	private static Set<String> ids(List<AgentAccount> agents) {
		return Set.copyOf(agents.stream().map(a -> a.id().value()).toList());
	}
}
