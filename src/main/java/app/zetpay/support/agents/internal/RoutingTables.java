package app.zetpay.support.agents.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.agents.AgentLoadChanged;
import app.zetpay.support.agents.Availability;
import app.zetpay.support.agents.QueueChanged;
import app.zetpay.support.agents.RoutingFloor;
import app.zetpay.support.shared.Sql;

/** The queue, the assignments and the agents' status rows (which double as their routing locks). */
@Repository
class RoutingTables {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	RoutingTables(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	record Waiting(String conversationId, @Nullable String team, Instant enqueuedAt) {
	}

	record Load(int active, @Nullable Instant lastAssignedAt) {
	}

	// ---- queue -------------------------------------------------------------------------------------

	void enqueue(String conversationId, @Nullable String team, boolean urgent, Instant at) {
		// Idempotent; ON CONFLICT rather than catching the error, which would abort a PostgreSQL transaction.
		var added = jdbc.sql("INSERT INTO routing_queue (conversation_id, team, urgent, enqueued_at) VALUES (:id, :team, :urgent, :at)"
				+ " ON CONFLICT DO NOTHING")
				.param("id", conversationId).param("team", team).param("urgent", urgent).param("at", Sql.utc(at))
				.update();
		if (added > 0) {
			events.publishEvent(new QueueChanged(conversationId));
		}
	}

	/** The urgent, then the oldest waiting entries that no other node is assigning right now; locked until commit. */
	List<Waiting> lockOldest(int limit) {
		return jdbc.sql("SELECT conversation_id, team, enqueued_at FROM routing_queue"
				+ " ORDER BY urgent DESC, enqueued_at, conversation_id LIMIT :limit FOR UPDATE SKIP LOCKED")
				.param("limit", limit)
				.query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2),
						rs.getObject(3, OffsetDateTime.class).toInstant()))
				.list();
	}

	Optional<Waiting> lockWaiting(String conversationId) {
		return jdbc.sql("SELECT conversation_id, team, enqueued_at FROM routing_queue WHERE conversation_id = :id"
				+ " FOR UPDATE")
				.param("id", conversationId)
				.query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2),
						rs.getObject(3, OffsetDateTime.class).toInstant()))
				.optional();
	}

	List<Waiting> waiting() {
		return jdbc.sql("SELECT conversation_id, team, enqueued_at FROM routing_queue ORDER BY urgent DESC, enqueued_at, conversation_id")
				.query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2),
						rs.getObject(3, OffsetDateTime.class).toInstant()))
				.list();
	}

	List<RoutingFloor.WaitingChat> waitingWithUrgency() {
		return jdbc.sql("SELECT conversation_id, team, urgent, enqueued_at FROM routing_queue"
				+ " ORDER BY urgent DESC, enqueued_at, conversation_id")
				.query((rs, n) -> new RoutingFloor.WaitingChat(rs.getString(1), rs.getString(2), rs.getBoolean(3),
						rs.getObject(4, OffsetDateTime.class).toInstant()))
				.list();
	}

	boolean dequeue(String conversationId) {
		var removed = jdbc.sql("DELETE FROM routing_queue WHERE conversation_id = :id").param("id", conversationId)
				.update() > 0;
		if (removed) {
			events.publishEvent(new QueueChanged(conversationId));
		}
		return removed;
	}

	// ---- assignments -------------------------------------------------------------------------------

	void assign(String conversationId, String agentId, @Nullable String team, Instant at) {
		jdbc.sql("INSERT INTO agent_assignment (conversation_id, agent_id, team, assigned_at)"
				+ " VALUES (:id, :agent, :team, :at)")
				.param("id", conversationId).param("agent", agentId).param("team", team).param("at", Sql.utc(at))
				.update();
		// Every change to a load passes here, so no path (route, pick, transfer, close) can forget to say so.
		events.publishEvent(new AgentLoadChanged(agentId));
	}

	/** An agent's conversations, each with the team it was routed for (null: any agent). */
	List<Waiting> assignedTo(String agentId) {
		return jdbc.sql("SELECT conversation_id, team, assigned_at FROM agent_assignment WHERE agent_id = :agent"
				+ " ORDER BY assigned_at, conversation_id")
				.param("agent", agentId)
				.query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2),
						rs.getObject(3, OffsetDateTime.class).toInstant()))
				.list();
	}

	/** Moves the conversation from {@code previous} (its assignee, which the caller has read and locked) to the agent. */
	void reassign(String conversationId, String previous, String agentId, Instant at) {
		events.publishEvent(new AgentLoadChanged(previous));
		events.publishEvent(new AgentLoadChanged(agentId));
		jdbc.sql("UPDATE agent_assignment SET agent_id = :agent, assigned_at = :at WHERE conversation_id = :id")
				.param("id", conversationId).param("agent", agentId).param("at", Sql.utc(at)).update();
	}

	Optional<String> assignee(String conversationId) {
		return jdbc.sql("SELECT agent_id FROM agent_assignment WHERE conversation_id = :id")
				.param("id", conversationId).query(String.class).optional();
	}

	/** Ends the conversation's assignment to {@code previous}, its assignee, which the caller already knows. */
	void unassign(String conversationId, String previous) {
		events.publishEvent(new AgentLoadChanged(previous));
		jdbc.sql("DELETE FROM agent_assignment WHERE conversation_id = :id").param("id", conversationId).update();
	}

	/** Ends the conversation's assignment, whoever has it; false if nobody had. */
	boolean unassign(String conversationId) {
		var previous = assignee(conversationId);
		previous.ifPresent(agentId -> unassign(conversationId, agentId));
		return previous.isPresent();
	}

	Map<String, Integer> assignedByTeam() {
		var counts = new HashMap<String, Integer>();
		jdbc.sql("SELECT team, COUNT(*) FROM agent_assignment WHERE team IS NOT NULL GROUP BY team")
				.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
				.list();
		return counts;
	}

	int activeCount(String agentId) {
		return jdbc.sql("SELECT COUNT(*) FROM agent_assignment WHERE agent_id = :agent")
				.param("agent", agentId).query(Integer.class).single();
	}

	Map<String, Load> loads(Set<String> agentIds) {
		var loads = new HashMap<String, Load>();
		if (agentIds.isEmpty()) {
			return loads;
		}
		jdbc.sql("SELECT agent_id, COUNT(*), MAX(assigned_at) FROM agent_assignment WHERE agent_id IN (:ids)"
				+ " GROUP BY agent_id")
				.param("ids", agentIds)
				.query((rs, n) -> loads.put(rs.getString(1), new Load(rs.getInt(2),
						rs.getObject(3, OffsetDateTime.class).toInstant())))
				.list();
		return loads;
	}

	// ---- agent status (also the per-agent lock) ----------------------------------------------------

	Map<String, Availability> availability(Set<String> agentIds) {
		var found = new HashMap<String, Availability>();
		if (agentIds.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT agent_id, availability FROM agent_status WHERE agent_id IN (:ids)")
				.param("ids", agentIds)
				.query((rs, n) -> found.put(rs.getString(1), Availability.valueOf(rs.getString(2))))
				.list();
		return found;
	}

	Availability availability(String agentId) {
		return availability(Set.of(agentId)).getOrDefault(agentId, Availability.ONLINE);
	}

	void setAvailability(String agentId, Availability availability, Instant at) {
		ensureStatusRow(agentId, at);
		jdbc.sql("UPDATE agent_status SET availability = :availability, updated_at = :at WHERE agent_id = :agent")
				.param("agent", agentId).param("availability", availability.name()).param("at", Sql.utc(at))
				.update();
		recordPresence(agentId, availability, at);
		events.publishEvent(new AgentLoadChanged(agentId));
	}

	/**
	 * Ends the agent's current presence interval and starts one for the new availability, for the
	 * reports' time online; nothing when the availability is the one they already have.
	 */
	private void recordPresence(String agentId, Availability availability, Instant at) {
		var current = jdbc.sql("SELECT availability FROM agent_presence WHERE agent_id = :agent AND ended_at IS NULL")
				.param("agent", agentId).query(String.class).list();
		if (current.equals(List.of(availability.name()))) {
			return;
		}
		// The bounds also as epoch seconds (V33): the reports add up time online without converting them.
		jdbc.sql("UPDATE agent_presence SET ended_at = :at, ended_s = :atS WHERE agent_id = :agent AND ended_at IS NULL")
				.param("agent", agentId).param("at", Sql.utc(at)).param("atS", at.getEpochSecond()).update();
		jdbc.sql("""
				INSERT INTO agent_presence (agent_id, availability, started_at, started_s)
				VALUES (:agent, :availability, :at, :atS)""")
				.param("agent", agentId).param("availability", availability.name()).param("at", Sql.utc(at))
				.param("atS", at.getEpochSecond()).update();
	}

	/**
	 * Locks the agent's status row for the rest of the transaction: every change to an agent's load
	 * happens under it, so two nodes can never both fill the agent's last slot.
	 */
	void lockAgent(String agentId, Instant at) {
		ensureStatusRow(agentId, at);
		jdbc.sql("SELECT agent_id FROM agent_status WHERE agent_id = :agent FOR UPDATE")
				.param("agent", agentId).query(String.class).single();
	}

	/**
	 * Creates the agent's status row if it is missing. Callers outside a transaction should do this
	 * first ({@code Routing.prepareAgent}): inserted inside a longer transaction, the new row's lock
	 * makes every other transaction that needs the same agent wait for that one to finish.
	 */
	void ensureStatusRow(String agentId, Instant at) {
		var exists = jdbc.sql("SELECT COUNT(*) FROM agent_status WHERE agent_id = :agent")
				.param("agent", agentId).query(Long.class).single() > 0;
		if (!exists) {
			jdbc.sql("INSERT INTO agent_status (agent_id, availability, updated_at) VALUES (:agent, 'ONLINE', :at)"
					+ " ON CONFLICT DO NOTHING")
					.param("agent", agentId).param("at", Sql.utc(at)).update();
		}
	}
}
