package app.zetpay.support.cobrowse.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.cobrowse.internal.CobrowseSession.EndReason;
import app.zetpay.support.cobrowse.internal.CobrowseSession.State;
import app.zetpay.support.shared.Sql;

/**
 * The sessions' rows: metadata only. A transition is written only if the row is still in the state
 * it was read in, so two nodes ending the same session (the sweeper, a socket closing) end it once.
 */
@Repository
class CobrowseSessions {

	private static final String COLUMNS = "id, conversation_id, agent_id, agent_name, customer_id, state, requested_at,"
			+ " answered_at, ended_at, ended_by, end_reason";

	private final JdbcClient jdbc;

	CobrowseSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(CobrowseSession session) {
		jdbc.sql("INSERT INTO cobrowse_session (" + COLUMNS + ") VALUES (:id, :conversation, :agent, :agentName,"
				+ " :customer, :state, :requestedAt, NULL, NULL, NULL, NULL)")
				.param("id", session.id()).param("conversation", session.conversationId())
				.param("agent", session.agentId()).param("agentName", session.agentName())
				.param("customer", session.customerId()).param("state", session.state().name())
				.param("requestedAt", Sql.utc(session.requestedAt())).update();
	}

	Optional<CobrowseSession> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cobrowse_session WHERE id = :id").param("id", id)
				.query(CobrowseSessions::row).optional();
	}

	/** Writes {@code changed} if the row is still {@code from}; false if another change came first. */
	boolean update(CobrowseSession changed, State from) {
		return jdbc.sql("""
				UPDATE cobrowse_session SET state = :state, answered_at = :answeredAt, ended_at = :endedAt,
				  ended_by = :endedBy, end_reason = :endReason
				WHERE id = :id AND state = :from""")
				.param("state", changed.state().name()).param("answeredAt", Sql.utc(changed.answeredAt()))
				.param("endedAt", Sql.utc(changed.endedAt())).param("endedBy", changed.endedBy())
				.param("endReason", changed.endReason() == null ? null : changed.endReason().name())
				.param("id", changed.id()).param("from", from.name()).update() == 1;
	}

	List<CobrowseSession> openIn(String conversationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cobrowse_session WHERE conversation_id = :conversation"
				+ " AND state IN ('REQUESTED', 'ACTIVE')").param("conversation", conversationId)
				.query(CobrowseSessions::row).list();
	}

	/** Sessions in {@code state} since before {@code before} (accepted, for ACTIVE; asked, for REQUESTED). */
	List<CobrowseSession> since(State state, Instant before) {
		var column = state == State.ACTIVE ? "answered_at" : "requested_at";
		return jdbc.sql("SELECT " + COLUMNS + " FROM cobrowse_session WHERE state = :state AND " + column
				+ " < :before").param("state", state.name()).param("before", Sql.utc(before))
				.query(CobrowseSessions::row).list();
	}

	/** The page on capture {@code captureId} sends the session now; false unless it is still active. */
	boolean captureStarted(String id, String captureId) {
		return jdbc.sql("UPDATE cobrowse_session SET capture_id = :capture, page_lost_at = NULL"
				+ " WHERE id = :id AND state = 'ACTIVE'").param("capture", captureId).param("id", id).update() == 1;
	}

	/**
	 * Capture {@code captureId}'s socket closed at {@code at}; false if the session is not active or
	 * another capture (the page, back on another node) has taken it over meanwhile.
	 */
	boolean pageLost(String id, String captureId, Instant at) {
		return jdbc.sql("UPDATE cobrowse_session SET page_lost_at = :at WHERE id = :id AND state = 'ACTIVE'"
				+ " AND capture_id = :capture AND page_lost_at IS NULL")
				.param("at", Sql.utc(at)).param("id", id).param("capture", captureId).update() == 1;
	}

	/** Active sessions whose page has been gone since before {@code before}. */
	List<CobrowseSession> pageLostBefore(Instant before) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cobrowse_session WHERE state = 'ACTIVE' AND page_lost_at < :before")
				.param("before", Sql.utc(before)).query(CobrowseSessions::row).list();
	}

	/** The audit's page: sessions asked for in [since, before), of one agent if given, newest first. */
	List<CobrowseSession> requestedBetween(@Nullable String agentId, Instant since, Instant before, int offset,
			int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM cobrowse_session WHERE requested_at >= :since"
				+ " AND requested_at < :before AND (CAST(:agent AS VARCHAR(40)) IS NULL OR agent_id = :agent)"
				+ " ORDER BY requested_at DESC, id LIMIT :limit OFFSET :offset")
				.param("since", Sql.utc(since)).param("before", Sql.utc(before)).param("agent", agentId)
				.param("limit", limit).param("offset", offset).query(CobrowseSessions::row).list();
	}

	long countRequestedBetween(@Nullable String agentId, Instant since, Instant before) {
		return jdbc.sql("SELECT COUNT(*) FROM cobrowse_session WHERE requested_at >= :since"
				+ " AND requested_at < :before AND (CAST(:agent AS VARCHAR(40)) IS NULL OR agent_id = :agent)")
				.param("since", Sql.utc(since)).param("before", Sql.utc(before)).param("agent", agentId)
				.query(Long.class).single();
	}

	private static CobrowseSession row(ResultSet rs, int n) throws SQLException {
		var reason = rs.getString("end_reason");
		return new CobrowseSession(rs.getString("id"), rs.getString("conversation_id"), rs.getString("agent_id"),
				rs.getString("agent_name"), rs.getString("customer_id"), State.valueOf(rs.getString("state")),
				java.util.Objects.requireNonNull(Sql.instant(rs, "requested_at")), Sql.instant(rs, "answered_at"),
				Sql.instant(rs, "ended_at"), rs.getString("ended_by"), reason == null ? null : EndReason.valueOf(reason));
	}
}
