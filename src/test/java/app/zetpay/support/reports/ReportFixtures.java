package app.zetpay.support.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.reports.internal.ReportFilter;
import app.zetpay.support.shared.Sql;

/**
 * Rows for report tests, written straight to the tables the reports read, with IST times; each chat
 * and ticket with its contact_fact row as the V30 migration derives it.
 */
final class ReportFixtures {

	private final JdbcClient jdbc;
	private final String team;

	ReportFixtures(JdbcClient jdbc, String team) {
		this.jdbc = jdbc;
		this.team = team;
	}

	/** An IST wall-clock time such as {@code 2025-03-03T23:50}. */
	static Instant ist(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ReportFilter.IST).toInstant();
	}

	/** A chat of the fixture's team. */
	String chat(String status, @Nullable String agent, boolean botTook, String created, @Nullable String queued,
			@Nullable String firstResponse, @Nullable String closed, @Nullable String handoverCause) {
		// A real conversation id: these rows stay in the shared test database, and a malformed id made every
		// later listing that met one fail (a 500 in ChatApiTests, when the reports' tests had run first).
		var id = ConversationId.generate().value();
		jdbc.sql("""
				INSERT INTO conversation (id, customer_id, status, assigned_agent_id, team, last_seq, created_at, updated_at,
				  closed_at, handover_cause, handover_priority, bot_took, queued_at, first_response_at)
				VALUES (:id, :customer, :status, :agent, :team, 1, :created, :created, :closed, :cause, :priority, :bot,
				  :queued, :first)""")
				.param("id", id).param("customer", "cust-" + id).param("status", status).param("agent", agent)
				.param("team", team).param("created", at(created)).param("closed", at(closed))
				.param("cause", handoverCause).param("priority", handoverCause == null ? null : "NORMAL")
				.param("bot", botTook).param("queued", at(queued)).param("first", at(firstResponse)).update();
		// The reports' row, as V30 backfills it from the chat.
		jdbc.sql("""
				INSERT INTO contact_fact (kind, id, team, agent_id, opened_s, queued_s, first_response_s, closed_s, bot_took,
				  handover_cause, opened_day, opened_hour)
				SELECT 'CHAT', c.id, c.team, c.assigned_agent_id, CAST(FLOOR(EXTRACT(EPOCH FROM c.created_at)) AS BIGINT),
				  CAST(FLOOR(EXTRACT(EPOCH FROM c.queued_at)) AS BIGINT),
				  CAST(FLOOR(EXTRACT(EPOCH FROM c.first_response_at)) AS BIGINT),
				  CAST(FLOOR(EXTRACT(EPOCH FROM c.closed_at)) AS BIGINT), c.bot_took, c.handover_cause, 0, 0
				FROM conversation c WHERE c.id = :id""").param("id", id).update();
		derive(id);
		return id;
	}

	/** A ticket of the fixture's team. */
	String ticket(String source, @Nullable String assignee, String created, @Nullable String firstResponse,
			@Nullable String resolved, boolean firstResponseBreached, boolean resolutionBreached) {
		var id = "rt-" + UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO ticket (id, number, customer_id, issue_type, description, priority, status, source, assignee_id,
				  team, first_responded_at, resolved_at, first_response_breached, resolution_breached, created_at, updated_at)
				VALUES (:id, :number, 'cust-report', 'Report test', 'Report test', 'MEDIUM', :status, :source, :assignee,
				  :team, :first, :resolved, :frtBreached, :resBreached, :created, :created)""")
				.param("id", id).param("number", "RPT-" + id.substring(3, 19)).param("source", source)
				.param("status", resolved == null ? "OPEN" : "RESOLVED").param("assignee", assignee).param("team", team)
				.param("first", at(firstResponse)).param("resolved", at(resolved)).param("frtBreached", firstResponseBreached)
				.param("resBreached", resolutionBreached).param("created", at(created)).update();
		// The reports' row, as V30 backfills it from the ticket.
		jdbc.sql("""
				INSERT INTO contact_fact (kind, id, source, team, agent_id, opened_s, queued_s, first_response_s, closed_s,
				  opened_day, opened_hour)
				SELECT 'TICKET', t.id, t.source, t.team, t.assignee_id, CAST(FLOOR(EXTRACT(EPOCH FROM t.created_at)) AS BIGINT),
				  CAST(FLOOR(EXTRACT(EPOCH FROM t.created_at)) AS BIGINT),
				  CAST(FLOOR(EXTRACT(EPOCH FROM t.first_responded_at)) AS BIGINT),
				  CAST(FLOOR(EXTRACT(EPOCH FROM COALESCE(t.resolved_at, t.closed_at))) AS BIGINT), 0, 0
				FROM ticket t WHERE t.id = :id""").param("id", id).update();
		derive(id);
		return id;
	}

	/** The fact's durations, days and hour, as V30 works them out. */
	private void derive(String id) {
		jdbc.sql("""
				UPDATE contact_fact SET response_s = first_response_s - queued_s, resolution_s = closed_s - opened_s,
				  opened_day = CAST((opened_s + 19800) / 86400 AS INT),
				  opened_hour = CAST(MOD((opened_s + 19800) / 3600 + 72, 168) AS INT),
				  closed_day = CAST((closed_s + 19800) / 86400 AS INT)
				WHERE id = :id""").param("id", id).update();
	}

	void rating(String subjectType, String subjectId, int rating, String at) {
		jdbc.sql("""
				INSERT INTO csat_rating (subject_type, subject_id, customer_id, rating, created_at)
				VALUES (:type, :id, 'cust-report', :rating, :at)""")
				.param("type", subjectType).param("id", subjectId).param("rating", rating).param("at", at(at)).update();
		// The reports' copy on the contact's fact row, as V33 backfills it from the rating.
		jdbc.sql("""
				UPDATE contact_fact SET rating = :rating, rated_s = (SELECT CAST(FLOOR(EXTRACT(EPOCH FROM r.created_at)) AS BIGINT)
				  FROM csat_rating r WHERE r.subject_type = :type AND r.subject_id = :id)
				WHERE kind = :type AND id = :id""")
				.param("type", subjectType).param("id", subjectId).param("rating", rating).update();
	}

	void presence(String agentId, String availability, String from, @Nullable String to) {
		jdbc.sql("""
				INSERT INTO agent_presence (agent_id, availability, started_at, ended_at, started_s, ended_s)
				VALUES (:agent, :availability, :from, :to, :fromS, :toS)""")
				.param("agent", agentId).param("availability", availability).param("from", at(from)).param("to", at(to))
				.param("fromS", ist(from).getEpochSecond())
				.param("toS", to == null ? null : ist(to).getEpochSecond(), java.sql.Types.BIGINT).update();
	}

	private static java.time.@Nullable OffsetDateTime at(@Nullable String ist) {
		return ist == null ? null : Sql.utc(ist(ist));
	}
}
