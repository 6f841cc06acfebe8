package app.zetpay.support.console.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.shared.Sql;

@Repository
class CannedResponses {

	private static final String COLUMNS = "id, scope, owner, shortcut, text, updated_by, updated_at";

	private final JdbcClient jdbc;

	CannedResponses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the owner has that shortcut already (ON CONFLICT: a caught duplicate aborts PostgreSQL). */
	boolean insert(CannedResponse r) {
		return jdbc.sql("INSERT INTO canned_response (" + COLUMNS + ") VALUES (:id, :scope, :owner, :shortcut, :text,"
				+ " :by, :at) ON CONFLICT DO NOTHING").param("id", r.id()).param("scope", r.scope())
				.param("owner", owner(r)).param("shortcut", r.shortcut()).param("text", r.text())
				.param("by", r.updatedBy()).param("at", Sql.utc(r.updatedAt())).update() > 0;
	}

	boolean shortcutTaken(CannedResponse r) {
		return jdbc.sql("SELECT COUNT(*) FROM canned_response WHERE scope = :scope AND owner = :owner"
				+ " AND shortcut = :shortcut AND id <> :id").param("scope", r.scope()).param("owner", owner(r))
				.param("shortcut", r.shortcut()).param("id", r.id()).query(Long.class).single() > 0;
	}

	void update(CannedResponse r) {
		jdbc.sql("UPDATE canned_response SET shortcut = :shortcut, text = :text, updated_by = :by, updated_at = :at"
				+ " WHERE id = :id").param("id", r.id()).param("shortcut", r.shortcut()).param("text", r.text())
				.param("by", r.updatedBy()).param("at", Sql.utc(r.updatedAt())).update();
	}

	void delete(String id) {
		jdbc.sql("DELETE FROM canned_response WHERE id = :id").param("id", id).update();
	}

	Optional<CannedResponse> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM canned_response WHERE id = :id").param("id", id)
				.query(CannedResponses::row).optional();
	}

	/**
	 * The agent's own and those of {@code teams} (every team's when {@code teams} is null), whose
	 * shortcut or text starts with {@code prefix} (any case), shortcuts in order.
	 */
	List<CannedResponse> visible(String agentId, @Nullable Collection<String> teams, String prefix, int limit) {
		var teamClause = teams == null ? " OR scope = 'TEAM'"
				: teams.isEmpty() ? "" : " OR (scope = 'TEAM' AND owner IN (:teams))";
		var query = jdbc.sql("SELECT " + COLUMNS + " FROM canned_response WHERE ((scope = 'PERSONAL' AND owner = :me)"
				+ teamClause + ") AND (shortcut LIKE :prefix ESCAPE '!' OR LOWER(text) LIKE :prefix ESCAPE '!')"
				+ " ORDER BY shortcut, scope, owner LIMIT :limit")
				.param("me", agentId).param("limit", limit)
				.param("prefix", prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		if (teams != null && !teams.isEmpty()) {
			query = query.param("teams", List.copyOf(teams));
		}
		return query.query(CannedResponses::row).list();
	}

	private static String owner(CannedResponse r) {
		return r.team() != null ? r.team() : r.ownerId();
	}

	private static CannedResponse row(ResultSet rs, int n) throws SQLException {
		var team = "TEAM".equals(rs.getString("scope"));
		return new CannedResponse(rs.getString("id"), rs.getString("shortcut"), rs.getString("text"),
				team ? rs.getString("owner") : null, team ? null : rs.getString("owner"), rs.getString("updated_by"),
				Sql.instant(rs, "updated_at"));
	}
}
