package app.zetpay.support.chat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.Handover;
import app.zetpay.support.shared.Sql;

@Repository
class Conversations {

	private static final String COLUMNS = """
			id, customer_id, customer_name, status, assigned_agent_id, team, topic, context,
			associated_transaction_id, handover_note, last_seq, created_at, updated_at, closed_at, handover_cause,
			handover_priority, assigned_seq""";

	private final JdbcClient jdbc;
	/** For the message path's per-batch statements, which take positional parameters (issue 18). */
	private final JdbcTemplate positional;
	private final ChatFacts facts;
	/**
	 * The row lock of the message path. On PostgreSQL {@code FOR NO KEY UPDATE}: the writer changes no
	 * key, and a plain {@code FOR UPDATE} also shuts out every insert whose foreign key points at the
	 * conversation (its check takes {@code FOR KEY SHARE}): a language noted, a read mark, a fact, each
	 * then waited for the batch, and the batch for them (issue 18). H2 knows only {@code FOR UPDATE},
	 * and its foreign-key checks take no row lock.
	 */
	private final String rowLock;

	Conversations(JdbcClient jdbc, JdbcTemplate positional, ChatFacts facts, DataSource dataSource) {
		this.jdbc = jdbc;
		this.positional = positional;
		this.facts = facts;
		this.rowLock = "PostgreSQL".equals(Sql.product(dataSource)) ? "FOR NO KEY UPDATE" : "FOR UPDATE";
	}

	/**
	 * Where a conversation's numbering and clock stand after a batch of messages, and when a person
	 * (an agent) first wrote in that batch, if one did: kept once, as the first response of the reports.
	 */
	record Advance(ConversationId id, long lastSeq, Instant at, @Nullable Instant agentWroteAt) {
	}

	void advanceAll(Collection<Advance> advances) {
		if (advances.isEmpty()) {
			return;
		}
		// The first response rides on the update every batch makes anyway: no extra write per message.
		// Positional, like the message insert: the writer runs it for every conversation of every batch.
		positional.batchUpdate("""
				UPDATE conversation SET last_seq = ?, updated_at = ?,
				  first_response_at = COALESCE(first_response_at, ?) WHERE id = ?""", advances, advances.size(),
				(statement, a) -> {
					statement.setLong(1, a.lastSeq());
					statement.setObject(2, Sql.utc(a.at()));
					StatementCreatorUtils.setParameterValue(statement, 3, Types.TIMESTAMP_WITH_TIMEZONE,
							Sql.utc(a.agentWroteAt()));
					statement.setString(4, a.id().value());
				});
		facts.answered(advances);
	}

	/**
	 * Inserts the conversation unless the customer already has an open one; false then. ON CONFLICT
	 * rather than catching the duplicate, which would abort a PostgreSQL transaction.
	 */
	boolean insert(Conversation c) {
		var inserted = jdbc.sql("""
				INSERT INTO conversation (%s, open_for_customer, bot_took, queued_at)
				VALUES (:id, :customerId, :customerName, :status, :agent, :team, :topic, :context, :txn, :note, :lastSeq,
				  :createdAt, :updatedAt, :closedAt, :cause, :priority, :assignedSeq, :openFor, :botTook, :queuedAt)
				ON CONFLICT DO NOTHING""".formatted(COLUMNS))
				.param("botTook", c.status() == ConversationStatus.BOT)
				.param("queuedAt", Sql.utc(waitsForAPerson(c) ? c.createdAt() : null), Types.TIMESTAMP_WITH_TIMEZONE)
				.param("id", c.id().value())
				.param("customerId", c.customerId())
				.param("customerName", c.customerName())
				.param("status", c.status().name())
				.param("agent", c.assignedAgentId())
				.param("team", c.team())
				.param("topic", c.topic())
				.param("context", c.context())
				.param("txn", c.associatedTransactionId())
				.param("note", c.handoverNote())
				.param("lastSeq", c.lastSeq())
				.param("createdAt", Sql.utc(c.createdAt()))
				.param("updatedAt", Sql.utc(c.updatedAt()))
				.param("closedAt", c.closedAt() == null ? null : Sql.utc(c.closedAt()))
				.param("cause", c.handover() == null ? null : c.handover().cause().name())
				.param("priority", c.handover() == null ? null : c.handover().priority().name())
				.param("assignedSeq", c.assignedSeq())
				.param("openFor", c.status().isOpen() ? c.customerId() : null)
				.update() > 0;
		if (inserted) {
			facts.opened(c);
		}
		return inserted;
	}

	Optional<Conversation> findById(ConversationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE id = :id")
				.param("id", id.value()).query(Conversations::row).optional();
	}

	Optional<Conversation> findOpenForCustomer(String customerId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE open_for_customer = :customer")
				.param("customer", customerId).query(Conversations::row).optional();
	}

	/**
	 * Reads the conversation and locks its row until the transaction ends, so messages appended to
	 * one conversation are numbered one after another without gaps or duplicates.
	 */
	Optional<Conversation> lockForAppend(ConversationId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE id = :id " + rowLock)
				.param("id", id.value()).query(Conversations::row).optional();
	}

	/** Locks several conversations, in id order so two writers can never deadlock on them. */
	List<Conversation> lockAll(Collection<ConversationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var padded = Sql.paddedForIn(ids.stream().map(ConversationId::value).sorted().toList());
		return positional.query("SELECT " + COLUMNS + " FROM conversation WHERE id IN ("
				+ Sql.placeholders(padded.size(), "?") + ") ORDER BY id " + rowLock,
				Conversations::row, padded.toArray());
	}

	void updateState(Conversation c) {
		jdbc.sql("""
				UPDATE conversation SET status = :status, assigned_agent_id = :agent, team = :team,
				  handover_note = :note, updated_at = :updatedAt, closed_at = :closedAt, open_for_customer = :openFor,
				  handover_cause = :cause, handover_priority = :priority, assigned_seq = :assignedSeq,
				  queued_at = COALESCE(queued_at, :queuedAt)
				WHERE id = :id""")
				.param("queuedAt", Sql.utc(waitsForAPerson(c) ? c.updatedAt() : null), Types.TIMESTAMP_WITH_TIMEZONE)
				.param("cause", c.handover() == null ? null : c.handover().cause().name())
				.param("priority", c.handover() == null ? null : c.handover().priority().name())
				.param("assignedSeq", c.assignedSeq())
				.param("id", c.id().value())
				.param("note", c.handoverNote())
				.param("status", c.status().name())
				.param("agent", c.assignedAgentId())
				.param("team", c.team())
				.param("updatedAt", Sql.utc(c.updatedAt()))
				.param("closedAt", c.closedAt() == null ? null : Sql.utc(c.closedAt()))
				.param("openFor", c.status().isOpen() ? c.customerId() : null)
				.update();
		facts.changed(c);
	}

	List<Conversation> findOpenAssignedTo(String agentId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE assigned_agent_id = :agent AND status = 'ASSIGNED'")
				.param("agent", agentId).query(Conversations::row).list();
	}

	List<Conversation> findForCustomer(String customerId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM conversation WHERE customer_id = :customer ORDER BY updated_at DESC, id LIMIT :limit")
				.param("customer", customerId).param("limit", limit).query(Conversations::row).list();
	}

	/**
	 * Open conversations assigned to this agent or waiting for one of their teams; all for
	 * supervisors; only those with {@code label} when given.
	 */
	List<Conversation> findOpenForStaff(String agentId, List<String> teams, boolean everything, @Nullable String label,
			int limit) {
		var labelled = label == null ? ""
				: " AND id IN (SELECT conversation_id FROM conversation_label WHERE label = :label)";
		// Assigned to them, for one of their teams, or waiting for anyone.
		var teamClause = (teams.isEmpty() ? "" : " OR team IN (:teams)") + " OR (status = 'QUEUED' AND team IS NULL) OR status = 'BOT'";
		var scope = everything ? "" : " AND (assigned_agent_id = :agent" + teamClause + ")";
		var query = jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE status <> 'CLOSED'" + scope + labelled
				+ " ORDER BY updated_at DESC, id LIMIT :limit").param("limit", limit);
		if (!everything) {
			query = query.param("agent", agentId);
		}
		if (!everything && !teams.isEmpty()) {
			query = query.param("teams", teams);
		}
		if (label != null) {
			query = query.param("label", label);
		}
		return query.query(Conversations::row).list();
	}

	/**
	 * Closed conversations, newest closed first, after the cursor ({@code closedAt}, {@code id}) of
	 * the previous page's last one: an agent's own (those they had when it closed), or all.
	 */
	List<Conversation> findClosed(@Nullable String agentId, @Nullable Instant beforeClosedAt, @Nullable String afterId,
			int limit) {
		var mine = agentId == null ? "" : " AND assigned_agent_id = :agent";
		var after = beforeClosedAt == null ? "" : " AND (closed_at < :at OR (closed_at = :at AND id > :id))";
		var query = jdbc.sql("SELECT " + COLUMNS + " FROM conversation WHERE status = 'CLOSED'" + mine + after
				+ " ORDER BY closed_at DESC, id LIMIT :limit").param("limit", limit);
		if (agentId != null) {
			query = query.param("agent", agentId);
		}
		if (beforeClosedAt != null) {
			query = query.param("at", Sql.utc(beforeClosedAt)).param("id", afterId == null ? "" : afterId);
		}
		return query.query(Conversations::row).list();
	}

	/** Queued for or with a person: from then on the reports count the wait for a first response. */
	/** A chat waiting for or held by a person: its queue time counts from here (the reports read it). */
	static boolean waitsForAPerson(Conversation c) {
		return c.status() == ConversationStatus.QUEUED || c.status() == ConversationStatus.ASSIGNED;
	}

	private static Conversation row(ResultSet rs, int n) throws SQLException {
		return new Conversation(new ConversationId(rs.getString("id")), rs.getString("customer_id"),
				rs.getString("customer_name"), ConversationStatus.valueOf(rs.getString("status")),
				rs.getString("assigned_agent_id"), rs.getString("team"), rs.getString("topic"), rs.getString("context"),
				rs.getString("associated_transaction_id"), rs.getString("handover_note"), rs.getLong("last_seq"), Sql.instant(rs, "created_at"),
				Sql.instant(rs, "updated_at"), Sql.instant(rs, "closed_at"), handover(rs), rs.getLong("assigned_seq"));
	}

	private static @Nullable Handover handover(ResultSet rs) throws SQLException {
		var cause = rs.getString("handover_cause");
		var priority = rs.getString("handover_priority");
		return cause == null ? null : new Handover(Handover.Cause.valueOf(cause),
				priority == null ? Handover.Cause.valueOf(cause).usualPriority() : Handover.Priority.valueOf(priority));
	}
}
