package app.zetpay.support.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.Sql;

/** The local accounts table, with roles and teams in their own tables. */
@Repository
public class Agents {

	private final JdbcClient jdbc;

	Agents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An account row with the secret the public {@link AgentAccount} does not carry. */
	record StoredAgent(AgentAccount account, String passwordHash, @Nullable Instant tokensValidAfter,
			boolean passwordChangeRequired) {

		/** Issued before the last password reset (a token without an issue time is refused then). */
		boolean revokes(@Nullable Instant issuedAt) {
			return tokensValidAfter != null && (issuedAt == null || issuedAt.isBefore(tokensValidAfter));
		}
	}

	Optional<StoredAgent> findByEmail(EmailAddress email) {
		return selectWhere("email = :key", email.value()).stream().findFirst();
	}

	Optional<StoredAgent> findById(AgentId id) {
		return selectWhere("id = :key", id.value()).stream().findFirst();
	}

	List<StoredAgent> findAll() {
		return selectWhere("1 = 1", "");
	}

	long countEnabledInTeam(TeamName team) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM agent_account a JOIN agent_team t ON t.agent_id = a.id
				WHERE a.enabled = TRUE AND t.team = :team""")
				.param("team", team.value()).query(Long.class).single();
	}

	long countEnabledAdmins() {
		return jdbc.sql("""
				SELECT COUNT(*) FROM agent_account a JOIN agent_role r ON r.agent_id = a.id
				WHERE a.enabled = TRUE AND r.role = 'ADMIN'""")
				.query(Long.class).single();
	}

	void insert(AgentAccount account, String passwordHash) {
		jdbc.sql("""
				INSERT INTO agent_account (id, email, display_name, password_hash, max_concurrent_chats, enabled,
				  created_at, updated_at)
				VALUES (:id, :email, :name, :hash, :capacity, :enabled, :createdAt, :updatedAt)""")
				.param("id", account.id().value())
				.param("email", account.email().value())
				.param("name", account.name())
				.param("hash", passwordHash)
				.param("capacity", account.maxConcurrentChats())
				.param("enabled", account.enabled())
				.param("createdAt", Sql.utc(account.createdAt()))
				.param("updatedAt", Sql.utc(account.updatedAt()))
				.update();
		writeRolesAndTeams(account);
	}

	void update(AgentAccount account) {
		jdbc.sql("""
				UPDATE agent_account SET display_name = :name, max_concurrent_chats = :capacity, enabled = :enabled,
				  updated_at = :updatedAt WHERE id = :id""")
				.param("id", account.id().value())
				.param("name", account.name())
				.param("capacity", account.maxConcurrentChats())
				.param("enabled", account.enabled())
				.param("updatedAt", Sql.utc(account.updatedAt()))
				.update();
		jdbc.sql("DELETE FROM agent_role WHERE agent_id = :id").param("id", account.id().value()).update();
		jdbc.sql("DELETE FROM agent_team WHERE agent_id = :id").param("id", account.id().value()).update();
		writeRolesAndTeams(account);
	}

	void updatePassword(AgentId id, String passwordHash) {
		jdbc.sql("UPDATE agent_account SET password_hash = :hash WHERE id = :id")
				.param("id", id.value())
				.param("hash", passwordHash)
				.update();
	}

	/** Set with a one-time password (invite, reset); cleared when the owner chooses their own. */
	void requirePasswordChange(AgentId id, boolean required) {
		jdbc.sql("UPDATE agent_account SET password_change_required = :required WHERE id = :id")
				.param("id", id.value())
				.param("required", required)
				.update();
	}

	/**
	 * Refuses every token issued before now, from the next request on. In milliseconds, as agents'
	 * tokens say when they were issued: a sign-in in the same millisecond as the reset still works.
	 */
	Instant revokeTokensIssuedBefore(AgentId id, Instant now) {
		var at = now.truncatedTo(ChronoUnit.MILLIS);
		jdbc.sql("UPDATE agent_account SET tokens_valid_after = :at WHERE id = :id")
				.param("id", id.value())
				.param("at", Sql.utc(at))
				.update();
		return at;
	}

	private void writeRolesAndTeams(AgentAccount account) {
		for (var role : account.roles()) {
			jdbc.sql("INSERT INTO agent_role (agent_id, role) VALUES (:id, :role)")
					.param("id", account.id().value()).param("role", role.name()).update();
		}
		for (var team : account.teams()) {
			jdbc.sql("INSERT INTO agent_team (agent_id, team) VALUES (:id, :team)")
					.param("id", account.id().value()).param("team", team.value()).update();
			// Team names stay free on accounts; the registry learns the new ones on the way.
			jdbc.sql("INSERT INTO team (name, display_name, created_at) VALUES (:team, :team, CURRENT_TIMESTAMP)"
					+ " ON CONFLICT DO NOTHING")
					.param("team", team.value()).update();
		}
	}

	private List<StoredAgent> selectWhere(String condition, String key) {
		var rows = jdbc.sql("""
				SELECT id, email, display_name, password_hash, max_concurrent_chats, enabled, created_at, updated_at,
				  tokens_valid_after, password_change_required
				FROM agent_account WHERE %s ORDER BY display_name, id""".formatted(condition))
				.param("key", key)
				.query(Agents::row)
				.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(Row::id).toList();
		var roles = new HashMap<String, Set<Role>>();
		jdbc.sql("SELECT agent_id, role FROM agent_role WHERE agent_id IN (:ids)").param("ids", ids)
				.query((rs, n) -> roles.computeIfAbsent(rs.getString(1), k -> EnumSet.noneOf(Role.class))
						.add(Role.valueOf(rs.getString(2))))
				.list();
		var teams = new HashMap<String, Set<TeamName>>();
		jdbc.sql("SELECT agent_id, team FROM agent_team WHERE agent_id IN (:ids)").param("ids", ids)
				.query((rs, n) -> teams.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
						.add(new TeamName(rs.getString(2))))
				.list();
		var result = new ArrayList<StoredAgent>(rows.size());
		for (var row : rows) {
			result.add(row.toStored(roles.getOrDefault(row.id(), Set.of()), teams.getOrDefault(row.id(), Set.of())));
		}
		return result;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("id"), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getInt("max_concurrent_chats"), rs.getBoolean("enabled"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), Sql.instant(rs, "tokens_valid_after"),
				rs.getBoolean("password_change_required"));
	}

	private record Row(String id, String email, String name, String hash, int capacity, boolean enabled,
			Instant createdAt, Instant updatedAt, @Nullable Instant tokensValidAfter, boolean changeRequired) {

		StoredAgent toStored(Set<Role> roles, Set<TeamName> teams) {
			return new StoredAgent(new AgentAccount(new AgentId(id), new EmailAddress(email), name, roles, teams,
					capacity, enabled, createdAt, updatedAt), hash, tokensValidAfter, changeRequired);
		}
	}
}
