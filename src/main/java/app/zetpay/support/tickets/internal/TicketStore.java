package app.zetpay.support.tickets.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.SlaWatch;
import app.zetpay.support.tickets.TicketSlaBreached;
import app.zetpay.support.tickets.TicketStatus;
import app.zetpay.support.shared.IstEpoch;
import app.zetpay.support.shared.Sql;

/** Tickets, their tags and their numbering. */
@Repository
public class TicketStore {

	private static final String COLUMNS = """
			id, number, customer_id, customer_name, issue_type, description, transaction_id, priority, status, source,
			assignee_id, team, chat_id, merged_into, refund_eta, first_response_due, resolution_due, first_responded_at,
			resolved_at, closed_at, sla_paused_at, first_response_breached, resolution_breached, created_at, updated_at""";

	private final JdbcClient jdbc;

	TicketStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next human-readable number of the year, handed out under the counter's row lock. */
	String nextNumber(int year) {
		for (int attempt = 0; attempt < 3; attempt++) {
			var updated = jdbc.sql("UPDATE ticket_counter SET last_value = last_value + 1 WHERE counter_year = :year")
					.param("year", year).update();
			if (updated == 1) {
				var value = jdbc.sql("SELECT last_value FROM ticket_counter WHERE counter_year = :year")
						.param("year", year).query(Long.class).single();
				return "SPT-%d-%06d".formatted(year, value);
			}
			jdbc.sql("INSERT INTO ticket_counter (counter_year, last_value) VALUES (:year, 0) ON CONFLICT DO NOTHING")
					.param("year", year).update();
		}
		throw new IllegalStateException("Cannot number a ticket for " + year);
	}

	void insert(Ticket t) {
		jdbc.sql("""
				INSERT INTO ticket (%s) VALUES (:id, :number, :customerId, :customerName, :issueType, :description,
				  :transactionId, :priority, :status, :source, :assigneeId, :team, :chatId, NULL, :refundEta,
				  :firstResponseDue, :resolutionDue, NULL, NULL, NULL, NULL, FALSE, FALSE, :createdAt, :updatedAt)"""
				.formatted(COLUMNS))
				.param("id", t.id()).param("number", t.number()).param("customerId", t.customerId())
				.param("customerName", t.customerName()).param("issueType", t.issueType())
				.param("description", t.description()).param("transactionId", t.transactionId())
				.param("priority", t.priority().name()).param("status", t.status().name())
				.param("source", t.source().name()).param("assigneeId", t.assigneeId()).param("team", t.team())
				.param("chatId", t.chatId()).param("refundEta", t.refundEta())
				.param("firstResponseDue", Sql.utc(t.firstResponseDue())).param("resolutionDue", Sql.utc(t.resolutionDue()))
				.param("createdAt", Sql.utc(t.createdAt())).param("updatedAt", Sql.utc(t.updatedAt()))
				.update();
		// The reports' copy (contact_fact, decision 0037), in the same transaction.
		jdbc.sql("""
				INSERT INTO contact_fact (kind, id, source, team, agent_id, opened_s, opened_day, opened_hour, queued_s)
				VALUES ('TICKET', :id, :source, :team, :assigneeId, :opened, :openedDay, :openedHour, :opened)""")
				.param("id", t.id()).param("source", t.source().name()).param("team", t.team())
				.param("assigneeId", t.assigneeId()).param("opened", t.createdAt().getEpochSecond())
				.param("openedDay", IstEpoch.day(t.createdAt())).param("openedHour", IstEpoch.hourOfWeek(t.createdAt()))
				.update();
		setTags(t.id(), t.tags());
	}

	Optional<Ticket> find(String idOrNumber) {
		return one("id = :key OR number = :key", idOrNumber, false);
	}

	/** Reads and locks the ticket for the rest of the transaction. */
	Optional<Ticket> lock(String idOrNumber) {
		return one("id = :key OR number = :key", idOrNumber, true);
	}

	public record Page(List<Ticket> items, long total) {
	}

	/**
	 * A filter for lists; null fields do not filter.
	 *
	 * @param dueSoon active tickets whose next SLA target (first response until answered, then
	 *     resolution) falls in this window and has not passed
	 */
	public record Filter(@Nullable String customerId, @Nullable TicketStatus status, @Nullable Priority priority,
			@Nullable String assigneeId, @Nullable String team, @Nullable String tag, @Nullable Boolean breached,
			@Nullable String text, @Nullable VisibleTo visibleTo, @Nullable Window dueSoon) {

		public Filter(@Nullable String customerId, @Nullable TicketStatus status, @Nullable Priority priority,
				@Nullable String assigneeId, @Nullable String team, @Nullable String tag, @Nullable Boolean breached,
				@Nullable String text, @Nullable VisibleTo visibleTo) {
			this(customerId, status, priority, assigneeId, team, tag, breached, text, visibleTo, null);
		}
	}

	/** From (inclusive) to (exclusive). */
	public record Window(Instant from, Instant to) {
	}

	/** What a list is ordered by; ties go newest first. */
	public enum SortKey {
		CREATED, UPDATED, PRIORITY, SLA_DUE
	}

	public enum Direction {
		ASC, DESC
	}

	/**
	 * A list's order. Tickets without a running SLA target (resolved, closed, waiting on the customer)
	 * come last when sorted by it, whichever the direction.
	 */
	public record Sort(SortKey key, Direction direction) {

		public static final Sort NEWEST = new Sort(SortKey.CREATED, Direction.DESC);

		/** The direction people mean when they pick only a key: newest, most urgent, soonest due. */
		public static Sort of(SortKey key, @Nullable Direction direction) {
			return new Sort(key, direction != null ? direction : key == SortKey.SLA_DUE ? Direction.ASC : Direction.DESC);
		}

		String orderBy() {
			var dir = " " + direction.name();
			var first = switch (key) {
				case CREATED -> "created_at" + dir;
				case UPDATED -> "updated_at" + dir;
				case PRIORITY -> "CASE priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END" + dir;
				case SLA_DUE -> NEXT_DUE + dir + " NULLS LAST";
			};
			return first + (key == SortKey.CREATED ? ", id" : ", created_at DESC, id");
		}
	}

	/** The next SLA target of an active ticket, as the agents' list shows it; NULL when none is running. */
	private static final String NEXT_DUE = "(CASE WHEN status IN ('OPEN', 'IN_PROGRESS') AND sla_paused_at IS NULL THEN"
			+ " CASE WHEN first_responded_at IS NULL AND first_response_due IS NOT NULL THEN first_response_due"
			+ " ELSE resolution_due END END)";

	/** An agent's view: their own, their teams', unassigned ones. */
	public record VisibleTo(String agentId, List<String> teams) {
	}

	Page list(Filter filter, int page, int size) {
		return list(filter, Sort.NEWEST, page, size);
	}

	Page list(Filter filter, Sort sort, int page, int size) {
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (filter.customerId() != null) {
			where.add("customer_id = :customerId");
			params.put("customerId", filter.customerId());
		}
		if (filter.status() != null) {
			where.add("status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.priority() != null) {
			where.add("priority = :priority");
			params.put("priority", filter.priority().name());
		}
		if (filter.assigneeId() != null) {
			where.add("assignee_id = :assigneeId");
			params.put("assigneeId", filter.assigneeId());
		}
		if (filter.team() != null) {
			where.add("team = :team");
			params.put("team", filter.team());
		}
		if (filter.tag() != null) {
			where.add("id IN (SELECT ticket_id FROM ticket_tag WHERE tag = :tag)");
			params.put("tag", filter.tag());
		}
		if (filter.breached() != null) {
			where.add(filter.breached() ? "(first_response_breached = TRUE OR resolution_breached = TRUE)"
					: "(first_response_breached = FALSE AND resolution_breached = FALSE)");
		}
		if (filter.text() != null) {
			// The text is matched as typed: its % and _ are escaped, not wildcards. An explicit
			// ESCAPE means the same on H2 and PostgreSQL whatever their defaults.
			where.add("(LOWER(issue_type) LIKE :text ESCAPE '\\' OR LOWER(description) LIKE :text ESCAPE '\\'"
					+ " OR LOWER(number) LIKE :text ESCAPE '\\' OR transaction_id = :exact)");
			params.put("text", "%" + likeLiteral(filter.text().toLowerCase(Locale.ROOT)) + "%");
			params.put("exact", filter.text());
		}
		if (filter.dueSoon() != null) {
			where.add(NEXT_DUE + " >= :dueFrom AND " + NEXT_DUE + " < :dueTo");
			params.put("dueFrom", Sql.utc(filter.dueSoon().from()));
			params.put("dueTo", Sql.utc(filter.dueSoon().to()));
		}
		if (filter.visibleTo() != null) {
			var teams = filter.visibleTo().teams();
			where.add("(assignee_id = :me OR (assignee_id IS NULL AND team IS NULL)"
					+ (teams.isEmpty() ? "" : " OR team IN (:myTeams)") + ")");
			params.put("me", filter.visibleTo().agentId());
			if (!teams.isEmpty()) {
				params.put("myTeams", teams);
			}
		}
		var clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
		var total = jdbc.sql("SELECT COUNT(*) FROM ticket" + clause).params(params).query(Long.class).single();
		var rows = jdbc.sql("SELECT " + COLUMNS + " FROM ticket" + clause
				+ " ORDER BY " + sort.orderBy() + " LIMIT :limit OFFSET :offset")
				.params(params).param("limit", size).param("offset", (long) page * size)
				.query(TicketStore::row).list();
		return new Page(withTags(rows), total);
	}

	/** {@code text} for a LIKE pattern with {@code ESCAPE '\'}: its wildcards and escapes taken literally. */
	static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Active, unpaused tickets whose next target falls before {@code until}, earliest first. */
	List<SlaWatch.DueTicket> nextDueBefore(Instant until, int limit) {
		return jdbc.sql("SELECT id, number, priority, team, assignee_id, first_responded_at, first_response_due, " + NEXT_DUE + " AS next_due"
				+ " FROM ticket WHERE " + NEXT_DUE + " < :until ORDER BY next_due, id LIMIT :limit")
				.param("until", Sql.utc(until)).param("limit", limit)
				.query((rs, n) -> new SlaWatch.DueTicket(rs.getString("id"), rs.getString("number"),
						Priority.valueOf(rs.getString("priority")), rs.getString("team"), rs.getString("assignee_id"),
						rs.getObject("first_responded_at") == null && rs.getObject("first_response_due") != null
								? TicketSlaBreached.Target.FIRST_RESPONSE
								: TicketSlaBreached.Target.RESOLUTION,
						rs.getObject("next_due", OffsetDateTime.class).toInstant()))
				.list();
	}

	/** Active tickets whose first-response or resolution target has passed and is not yet flagged. */
	List<Ticket> overdue(Instant now, int limit) {
		return withTags(jdbc.sql("SELECT " + COLUMNS + " FROM ticket WHERE status IN ('OPEN', 'IN_PROGRESS')"
				+ " AND ((first_responded_at IS NULL AND first_response_breached = FALSE AND first_response_due < :now)"
				+ " OR (resolution_breached = FALSE AND resolution_due < :now))"
				+ " ORDER BY resolution_due LIMIT :limit FOR UPDATE SKIP LOCKED")
				.param("now", Sql.utc(now)).param("limit", limit).query(TicketStore::row).list());
	}

	void updateStatus(String id, TicketStatus status, @Nullable Instant resolvedAt, @Nullable Instant closedAt,
			Instant at) {
		jdbc.sql("UPDATE ticket SET status = :status, resolved_at = :resolvedAt, closed_at = :closedAt,"
				+ " updated_at = :at WHERE id = :id")
				.param("id", id).param("status", status.name()).param("resolvedAt", Sql.utc(resolvedAt))
				.param("closedAt", Sql.utc(closedAt)).param("at", Sql.utc(at)).update();
		var done = resolvedAt != null ? resolvedAt : closedAt;
		jdbc.sql("UPDATE contact_fact SET closed_s = :closed, closed_day = :closedDay, resolution_s = :closed - opened_s"
				+ " WHERE kind = 'TICKET' AND id = :id").param("id", id)
				.param("closed", done == null ? null : done.getEpochSecond(), java.sql.Types.BIGINT)
				.param("closedDay", done == null ? null : IstEpoch.day(done), java.sql.Types.INTEGER).update();
	}

	void updateSla(String id, @Nullable Instant firstResponseDue, @Nullable Instant resolutionDue,
			@Nullable Instant pausedAt) {
		jdbc.sql("UPDATE ticket SET first_response_due = :frd, resolution_due = :rd, sla_paused_at = :paused"
				+ " WHERE id = :id")
				.param("id", id).param("frd", Sql.utc(firstResponseDue)).param("rd", Sql.utc(resolutionDue))
				.param("paused", Sql.utc(pausedAt)).update();
	}

	void updateAssignment(String id, @Nullable String assigneeId, @Nullable String team, Instant at) {
		jdbc.sql("UPDATE ticket SET assignee_id = :assignee, team = :team, updated_at = :at WHERE id = :id")
				.param("id", id).param("assignee", assigneeId).param("team", team).param("at", Sql.utc(at)).update();
		jdbc.sql("UPDATE contact_fact SET agent_id = :assignee, team = :team WHERE kind = 'TICKET' AND id = :id")
				.param("id", id).param("assignee", assigneeId).param("team", team).update();
	}

	void updatePriority(String id, Priority priority, Instant at) {
		jdbc.sql("UPDATE ticket SET priority = :priority, updated_at = :at WHERE id = :id")
				.param("id", id).param("priority", priority.name()).param("at", Sql.utc(at)).update();
	}

	void markFirstResponse(String id, Instant at) {
		var first = jdbc.sql("UPDATE ticket SET first_responded_at = :at WHERE id = :id AND first_responded_at IS NULL")
				.param("id", id).param("at", Sql.utc(at)).update();
		if (first > 0) {
			jdbc.sql("UPDATE contact_fact SET first_response_s = :at, response_s = :at - queued_s"
					+ " WHERE kind = 'TICKET' AND id = :id").param("id", id).param("at", at.getEpochSecond()).update();
		}
	}

	/** The reports' copy of the ticket's rating (decision 0042): one scan of the facts, no join. */
	void rated(String id, int rating, Instant at) {
		jdbc.sql("UPDATE contact_fact SET rating = :rating, rated_s = :at WHERE kind = 'TICKET' AND id = :id")
				.param("id", id).param("rating", rating).param("at", at.getEpochSecond()).update();
	}

	void markBreached(String id, boolean firstResponse, boolean resolution) {
		jdbc.sql("UPDATE ticket SET first_response_breached = :fr, resolution_breached = :res WHERE id = :id")
				.param("id", id).param("fr", firstResponse).param("res", resolution).update();
	}

	void markMerged(String id, String into, Instant at) {
		jdbc.sql("UPDATE ticket SET merged_into = :into, updated_at = :at WHERE id = :id")
				.param("id", id).param("into", into).param("at", Sql.utc(at)).update();
		// The ticket it was merged into counts for it in the reports.
		jdbc.sql("DELETE FROM contact_fact WHERE kind = 'TICKET' AND id = :id").param("id", id).update();
	}

	void linkChat(String id, String chatId, Instant at) {
		jdbc.sql("UPDATE ticket SET chat_id = :chatId, updated_at = :at WHERE id = :id")
				.param("id", id).param("chatId", chatId).param("at", Sql.utc(at)).update();
	}

	void touch(String id, Instant at) {
		jdbc.sql("UPDATE ticket SET updated_at = :at WHERE id = :id").param("id", id).param("at", Sql.utc(at)).update();
	}

	void setTags(String id, Set<String> tags) {
		jdbc.sql("DELETE FROM ticket_tag WHERE ticket_id = :id").param("id", id).update();
		for (var tag : tags) {
			jdbc.sql("INSERT INTO ticket_tag (ticket_id, tag) VALUES (:id, :tag)").param("id", id).param("tag", tag)
					.update();
		}
	}

	private Optional<Ticket> one(String condition, String key, boolean lock) {
		var rows = jdbc.sql("SELECT " + COLUMNS + " FROM ticket WHERE " + condition + (lock ? " FOR UPDATE" : ""))
				.param("key", key).query(TicketStore::row).list();
		return withTags(rows).stream().findFirst();
	}

	private List<Ticket> withTags(List<Ticket> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		var tags = new HashMap<String, Set<String>>();
		jdbc.sql("SELECT ticket_id, tag FROM ticket_tag WHERE ticket_id IN (:ids)")
				.param("ids", rows.stream().map(Ticket::id).toList())
				.query((rs, n) -> tags.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2)))
				.list();
		return rows.stream().map(t -> tags.containsKey(t.id()) ? withTags(t, tags.get(t.id())) : t).toList();
	}

	private static Ticket withTags(Ticket t, Set<String> tags) {
		return new Ticket(t.id(), t.number(), t.customerId(), t.customerName(), t.issueType(), t.description(),
				t.transactionId(), t.priority(), t.status(), t.source(), t.assigneeId(), t.team(), t.chatId(),
				t.mergedInto(), t.refundEta(), t.firstResponseDue(), t.resolutionDue(), t.firstRespondedAt(),
				t.resolvedAt(), t.closedAt(), t.slaPausedAt(), t.firstResponseBreached(), t.resolutionBreached(), tags,
				t.createdAt(), t.updatedAt());
	}

	private static Ticket row(ResultSet rs, int n) throws SQLException {
		return new Ticket(rs.getString("id"), rs.getString("number"), rs.getString("customer_id"),
				rs.getString("customer_name"), rs.getString("issue_type"), rs.getString("description"),
				rs.getString("transaction_id"), Priority.valueOf(rs.getString("priority")),
				TicketStatus.valueOf(rs.getString("status")), Ticket.Source.valueOf(rs.getString("source")),
				rs.getString("assignee_id"), rs.getString("team"), rs.getString("chat_id"), rs.getString("merged_into"),
				rs.getObject("refund_eta", LocalDate.class), Sql.instant(rs, "first_response_due"),
				Sql.instant(rs, "resolution_due"), Sql.instant(rs, "first_responded_at"), Sql.instant(rs, "resolved_at"),
				Sql.instant(rs, "closed_at"), Sql.instant(rs, "sla_paused_at"), rs.getBoolean("first_response_breached"),
				rs.getBoolean("resolution_breached"), Set.of(), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
	}

}
