package app.zetpay.support.agents.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import app.zetpay.support.shared.Sql;

/**
 * Socket counts per agent per node, in the database so every node's router sees every node's
 * agents. A node that dies stops heartbeating and its rows stop counting.
 */
@Repository
class Connections {

	/** This node; new on every start, so a restarted node never inherits stale counts. */
	private final String node = UUID.randomUUID().toString();

	private final JdbcClient jdbc;

	Connections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void opened(String agentId, Instant now) {
		var updated = jdbc.sql("""
				UPDATE agent_connection SET sockets = sockets + 1, seen_at = :now
				WHERE node_id = :node AND agent_id = :agent""")
				.param("node", node).param("agent", agentId).param("now", Sql.utc(now)).update();
		if (updated == 0) {
			var inserted = jdbc.sql("INSERT INTO agent_connection (node_id, agent_id, sockets, seen_at)"
					+ " VALUES (:node, :agent, 1, :now) ON CONFLICT DO NOTHING")
					.param("node", node).param("agent", agentId).param("now", Sql.utc(now)).update();
			if (inserted == 0) {
				opened(agentId, now);
			}
		}
	}

	void closed(String agentId) {
		jdbc.sql("UPDATE agent_connection SET sockets = sockets - 1 WHERE node_id = :node AND agent_id = :agent")
				.param("node", node).param("agent", agentId).update();
		jdbc.sql("DELETE FROM agent_connection WHERE node_id = :node AND agent_id = :agent AND sockets <= 0")
				.param("node", node).param("agent", agentId).update();
	}

	void heartbeat(Instant now) {
		jdbc.sql("UPDATE agent_connection SET seen_at = :now WHERE node_id = :node")
				.param("node", node).param("now", Sql.utc(now)).update();
	}

	void forgetStale(Instant before) {
		jdbc.sql("DELETE FROM agent_connection WHERE seen_at < :before").param("before", Sql.utc(before)).update();
	}

	void forgetThisNode() {
		jdbc.sql("DELETE FROM agent_connection WHERE node_id = :node").param("node", node).update();
	}

	Set<String> connectedAgents(Instant freshAfter) {
		return Set.copyOf(jdbc.sql("SELECT DISTINCT agent_id FROM agent_connection WHERE sockets > 0"
				+ " AND seen_at > :fresh")
				.param("fresh", Sql.utc(freshAfter)).query(String.class).list());
	}

	boolean isConnected(String agentId, Instant freshAfter) {
		return jdbc.sql("SELECT COUNT(*) FROM agent_connection WHERE agent_id = :agent AND sockets > 0"
				+ " AND seen_at > :fresh")
				.param("agent", agentId).param("fresh", Sql.utc(freshAfter)).query(Long.class).single() > 0;
	}
}
