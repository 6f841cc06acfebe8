package app.zetpay.support.reports.internal;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

import app.zetpay.support.reports.Channel;
import app.zetpay.support.shared.Sql;

/**
 * The reports' SQL, the same on H2 and PostgreSQL. Each query scans one date range of one table
 * through its index (conversation, ticket, csat_rating, agent_presence) and never chat_message.
 * Times are compared as whole epoch seconds (each database's cheapest exact way, see {@link #epoch}), and IST days, hours and
 * weekdays are arithmetic on them (IST is UTC+5:30 all year), so both databases bucket alike
 * whatever their session time zone.
 */
@Repository
class ReportQueries {

	/** IST's offset from UTC in seconds; India has no daylight saving time. */
	static final int IST_OFFSET = 19_800;
	// Whole epoch seconds as BIGINT, so that days and hours are integer division (several times
	// cheaper than NUMERIC arithmetic on both databases). FLOOR first: a cast would round.
	private static final String IST_DAY = "((%s + " + IST_OFFSET + ") / 86400)";
	/** 1970-01-01 was a Thursday: day 0 is weekday 4 (ISO, Monday 1). */
	private static final String IST_WEEKDAY = "CAST(MOD((%s + " + IST_OFFSET + ") / 86400 + 3, 7) AS INT) + 1";
	private static final String IST_HOUR = "CAST(MOD((%s + " + IST_OFFSET + ") / 3600, 24) AS INT)";

	private final JdbcClient jdbc;
	/** How this database turns a TIMESTAMP WITH TIME ZONE into whole epoch seconds; see {@link #epoch}. */
	private final String epochSeconds;

	ReportQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.epochSeconds = isH2(dataSource)
				// H2 evaluates EXTRACT(EPOCH …) as NUMERIC, about 10 µs a row: 5–10 times the rest of a
				// year's scan. DATEDIFF counts whole seconds as BIGINT from the fields of its arguments,
				// ignoring their offsets, so both are put on UTC first; the result is the same FLOOR of the
				// epoch (decision 0034).
				? "DATEDIFF(SECOND, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', %s AT TIME ZONE 'UTC')"
				: "CAST(FLOOR(EXTRACT(EPOCH FROM %s)) AS BIGINT)";
	}

	private static boolean isH2(DataSource dataSource) {
		try {
			return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("Cannot tell which database the reports run on", e);
		}
	}

	/** Which moment of a contact the range selects on. */
	enum When {
		OPENED, CLOSED
	}

	/** Count per IST day (epoch day), of contacts opened or closed in the range. */
	Map<Long, Long> perDay(ReportFilter filter, When when) {
		var at = when == When.OPENED ? "opened_s" : "closed_s";
		var found = new HashMap<Long, Long>();
		// One query per table, added up here: H2 materialises a UNION ALL of a year's 126 k rows (on
		// disk past its in-memory row limit) before it can count them, which costs more than the counting.
		eachTable(filter, when, when == When.OPENED ? Column.OPENED_S : Column.CLOSED_S, (table, params) -> jdbc.sql("SELECT d, COUNT(*) AS n FROM (SELECT "
				+ IST_DAY.formatted(at) + " AS d FROM (" + table + ") x) y GROUP BY d").params(params)
				.query((rs, n) -> found.merge(rs.getLong("d"), rs.getLong("n"), Long::sum)).list());
		return found;
	}

	/** First response times of contacts opened in the range: all, and per IST day (key -1: all). */
	Map<Long, Report.Stat> firstResponse(ReportFilter filter) {
		return stats(filter, When.OPENED, "frt_s", "opened_s", Column.OPENED_S, Column.FRT_S);
	}

	/** Resolution times of contacts closed in the range: all, and per IST day (key -1: all). */
	Map<Long, Report.Stat> resolution(ReportFilter filter) {
		return stats(filter, When.CLOSED, "closed_s - opened_s", "closed_s", Column.OPENED_S, Column.CLOSED_S);
	}

	private Map<Long, Report.Stat> stats(ReportFilter filter, When when, String duration, String at,
			Column... columns) {
		var params = params(filter);
		var inner = "SELECT " + duration + " AS s, " + IST_DAY.formatted(at) + " AS d FROM ("
				+ contacts(filter, when, params, columns) + ") x";
		var measures = "COUNT(s) AS n, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY s) AS p50, "
				+ "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY s) AS p90";
		var found = new HashMap<Long, Report.Stat>();
		jdbc.sql("SELECT " + measures + " FROM (" + inner + ") y WHERE s IS NOT NULL").params(params)
				.query((rs, n) -> found.put(-1L, stat(rs))).list();
		jdbc.sql("SELECT d, " + measures + " FROM (" + inner + ") y WHERE s IS NOT NULL GROUP BY d").params(params)
				.query((rs, n) -> found.put(rs.getLong("d"), stat(rs))).list();
		return found;
	}

	/** Contacts opened in the range per IST weekday (1–7) and hour (0–23). */
	List<Report.HeatCell> heatMap(ReportFilter filter) {
		var found = new HashMap<Integer, Long>();
		eachTable(filter, When.OPENED, Column.OPENED_S, (table, params) -> jdbc.sql("SELECT wd, hr, COUNT(*) AS n FROM (SELECT "
				+ IST_WEEKDAY.formatted("opened_s") + " AS wd, " + IST_HOUR.formatted("opened_s") + " AS hr FROM ("
				+ table + ") x) y GROUP BY wd, hr").params(params)
				.query((rs, n) -> found.merge(rs.getInt("wd") * 24 + rs.getInt("hr"), rs.getLong("n"), Long::sum)).list());
		return found.entrySet().stream()
				.map(cell -> new Report.HeatCell(cell.getKey() / 24, cell.getKey() % 24, cell.getValue())).toList();
	}

	/** Tickets opened in the range against their SLA targets. */
	Report.Sla sla(ReportFilter filter) {
		if (filter.channel() == Channel.CHAT) {
			return new Report.Sla(0, new Report.Sla.Target(0, 0, 0), new Report.Sla.Target(0, 0, 0));
		}
		var params = params(filter);
		return jdbc.sql("""
				SELECT COUNT(*) AS n,
				  COALESCE(SUM(CASE WHEN t.first_response_breached THEN 1 ELSE 0 END), 0) AS frt_breached,
				  COALESCE(SUM(CASE WHEN NOT t.first_response_breached AND t.first_responded_at IS NOT NULL
				    THEN 1 ELSE 0 END), 0) AS frt_met,
				  COALESCE(SUM(CASE WHEN t.resolution_breached THEN 1 ELSE 0 END), 0) AS res_breached,
				  COALESCE(SUM(CASE WHEN NOT t.resolution_breached AND t.resolved_at IS NOT NULL
				    THEN 1 ELSE 0 END), 0) AS res_met
				FROM ticket t WHERE\s""" + ticketWhere(filter, "t.created_at", params)).params(params)
				.query((rs, n) -> {
					var total = rs.getLong("n");
					return new Report.Sla(total, target(total, rs.getLong("frt_met"), rs.getLong("frt_breached")),
							target(total, rs.getLong("res_met"), rs.getLong("res_breached")));
				}).single();
	}

	/** Ratings given in the range, per score (1–5). */
	Map<Integer, Long> ratings(ReportFilter filter) {
		var params = params(filter);
		var found = new HashMap<Integer, Long>();
		jdbc.sql("SELECT rating, COUNT(*) AS n FROM (" + rated(filter, params) + ") x GROUP BY rating").params(params)
				.query((rs, n) -> found.put(rs.getInt("rating"), rs.getLong("n"))).list();
		return found;
	}

	/** Chats opened in the range that the bot took, and of those how many it closed without a person. */
	long[] containment(ReportFilter filter) {
		if (filter.channel() != null && filter.channel() != Channel.CHAT) {
			return new long[] { 0, 0 };
		}
		var params = params(filter);
		return jdbc.sql("""
				SELECT COUNT(*) AS took,
				  COALESCE(SUM(CASE WHEN c.status = 'CLOSED' AND c.queued_at IS NULL THEN 1 ELSE 0 END), 0) AS contained
				FROM conversation c WHERE c.bot_took = TRUE AND\s""" + chatWhere(filter, "c.created_at", params))
				.params(params).query((rs, n) -> new long[] { rs.getLong("took"), rs.getLong("contained") }).single();
	}

	/** The bot's handovers of chats opened in the range, by cause. */
	List<Report.Bot.Handovers> handovers(ReportFilter filter) {
		if (filter.channel() != null && filter.channel() != Channel.CHAT) {
			return List.of();
		}
		var params = params(filter);
		return jdbc.sql("SELECT c.handover_cause AS cause, COUNT(*) AS n FROM conversation c "
				+ "WHERE c.bot_took = TRUE AND c.handover_cause IS NOT NULL AND "
				+ chatWhere(filter, "c.created_at", params) + " GROUP BY c.handover_cause ORDER BY n DESC, cause")
				.params(params).query((rs, n) -> new Report.Bot.Handovers(rs.getString("cause"), rs.getLong("n")))
				.list();
	}

	/** Per agent: contacts opened in the range they hold, and their median first response. */
	Map<String, long[]> handledPerAgent(ReportFilter filter, Map<String, @Nullable Double> medianFirstResponse) {
		var params = params(filter);
		var found = new HashMap<String, long[]>();
		jdbc.sql("SELECT agent_id, COUNT(*) AS n, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY frt_s) AS p50 FROM ("
				+ contacts(filter, When.OPENED, params, Column.AGENT_ID, Column.FRT_S) + ") x WHERE agent_id IS NOT NULL GROUP BY agent_id")
				.params(params).query((rs, n) -> {
					found.put(rs.getString("agent_id"), new long[] { rs.getLong("n") });
					medianFirstResponse.put(rs.getString("agent_id"), number(rs, "p50"));
					return n;
				}).list();
		return found;
	}

	/** Per agent: the median resolution of contacts closed in the range they held. */
	Map<String, @Nullable Double> resolutionPerAgent(ReportFilter filter) {
		var params = params(filter);
		var found = new HashMap<String, @Nullable Double>();
		jdbc.sql("SELECT agent_id, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY closed_s - opened_s) AS p50 FROM ("
				+ contacts(filter, When.CLOSED, params, Column.AGENT_ID, Column.OPENED_S, Column.CLOSED_S) + ") x WHERE agent_id IS NOT NULL GROUP BY agent_id")
				.params(params).query((rs, n) -> found.put(rs.getString("agent_id"), number(rs, "p50"))).list();
		return found;
	}

	/** Per agent: the average and number of ratings given in the range to contacts they held. */
	Map<String, double[]> ratingsPerAgent(ReportFilter filter) {
		var params = params(filter);
		var found = new HashMap<String, double[]>();
		jdbc.sql("SELECT agent_id, COUNT(*) AS n, AVG(CAST(rating AS DOUBLE PRECISION)) AS average FROM ("
				+ rated(filter, params) + ") x WHERE agent_id IS NOT NULL GROUP BY agent_id").params(params)
				.query((rs, n) -> found.put(rs.getString("agent_id"),
						new double[] { rs.getDouble("average"), rs.getLong("n") }))
				.list();
		return found;
	}

	/**
	 * Seconds each agent was ONLINE within the range (an interval still open counts up to
	 * {@code now}): of the one agent filtered on, of a team's agents, or of everyone.
	 */
	Map<String, Long> secondsOnline(ReportFilter filter, Instant now) {
		var params = params(filter);
		params.put("now", Sql.utc(now));
		var scope = new StringBuilder();
		if (filter.agentId() != null) {
			scope.append(" AND p.agent_id = :agent");
		}
		if (filter.team() != null) {
			scope.append(" AND p.agent_id IN (SELECT agent_id FROM agent_team WHERE team = :team)");
		}
		var found = new HashMap<String, Long>();
		jdbc.sql("""
				SELECT agent_id, SUM(s) AS online FROM (
				  SELECT p.agent_id AS agent_id,
				    EXTRACT(EPOCH FROM LEAST(COALESCE(p.ended_at, :now), :end))
				      - EXTRACT(EPOCH FROM GREATEST(p.started_at, :start)) AS s
				  FROM agent_presence p
				  WHERE p.availability = 'ONLINE' AND p.started_at < :end AND (p.ended_at IS NULL OR p.ended_at > :start)"""
				+ scope + ") x WHERE s > 0 GROUP BY agent_id").params(params)
				.query((rs, n) -> found.put(rs.getString("agent_id"), Math.round(rs.getDouble("online")))).list();
		return found;
	}

	/** Display names of the agents with these ids that have an account. */
	Map<String, String> names(java.util.Collection<String> agentIds) {
		if (agentIds.isEmpty()) {
			return Map.of();
		}
		var found = new HashMap<String, String>();
		jdbc.sql("SELECT id, display_name FROM agent_account WHERE id IN (:ids)").param("ids", List.copyOf(agentIds))
				.query((rs, n) -> found.put(rs.getString("id"), rs.getString("display_name"))).list();
		return found;
	}

	// ---- The row sources ---------------------------------------------------------------------------

	/**
	 * Chats and tickets matching the filter whose opening or closing falls in the range, as rows of
	 * the columns asked for among agent_id, opened_s, closed_s (epoch seconds) and frt_s (seconds to
	 * the first response).
	 */
	private String contacts(ReportFilter filter, When when, Map<String, Object> params, Column... columns) {
		return String.join(" UNION ALL ", branches(filter, when, params, columns));
	}

	/**
	 * Runs a query once per table the filter covers, on that table's part of {@link #contacts}: for
	 * counts, which add up, without a UNION.
	 */
	private void eachTable(ReportFilter filter, When when, Column column,
			BiConsumer<String, Map<String, Object>> query) {
		var params = params(filter);
		for (var table : branches(filter, when, params, column)) {
			query.accept(table, params);
		}
	}

	/**
	 * The columns of {@link #contacts}. Each query names the ones it reads: H2 computes every column
	 * of a derived table for every row, needed or not, and each epoch is a function call per row.
	 */
	enum Column {
		AGENT_ID, OPENED_S, CLOSED_S, FRT_S
	}

	private List<String> branches(ReportFilter filter, When when, Map<String, Object> params, Column... columns) {
		var wanted = EnumSet.copyOf(Arrays.asList(columns));
		var branches = new ArrayList<String>();
		if (filter.channel() == null || filter.channel() == Channel.CHAT) {
			var select = new StringJoiner(", ");
			wanted.forEach(column -> select.add(switch (column) {
				case AGENT_ID -> "c.assigned_agent_id AS agent_id";
				case OPENED_S -> epoch("c.created_at") + " AS opened_s";
				case CLOSED_S -> epoch("c.closed_at") + " AS closed_s";
				case FRT_S -> epoch("c.first_response_at") + " - " + epoch("c.queued_at") + " AS frt_s";
			}));
			branches.add("SELECT " + select + " FROM conversation c WHERE "
					+ chatWhere(filter, when == When.OPENED ? "c.created_at" : "c.closed_at", params));
		}
		if (filter.channel() == null || filter.channel().isTicket()) {
			var select = new StringJoiner(", ");
			wanted.forEach(column -> select.add(switch (column) {
				case AGENT_ID -> "t.assignee_id AS agent_id";
				case OPENED_S -> epoch("t.created_at") + " AS opened_s";
				case CLOSED_S -> epoch("COALESCE(t.resolved_at, t.closed_at)") + " AS closed_s";
				case FRT_S -> epoch("t.first_responded_at") + " - " + epoch("t.created_at") + " AS frt_s";
			}));
			branches.add("SELECT " + select + " FROM ticket t WHERE " + ticketWhere(filter,
					when == When.OPENED ? "t.created_at" : "COALESCE(t.resolved_at, t.closed_at)", params));
		}
		return branches;
	}

	/** Ratings given in the range to chats and tickets matching the filter: rating, agent_id. */
	private static String rated(ReportFilter filter, Map<String, Object> params) {
		var branches = new ArrayList<String>();
		if (filter.channel() == null || filter.channel() == Channel.CHAT) {
			branches.add("SELECT r.rating AS rating, c.assigned_agent_id AS agent_id FROM csat_rating r "
					+ "JOIN conversation c ON c.id = r.subject_id WHERE r.subject_type = 'CHAT' AND r.created_at >= :start "
					+ "AND r.created_at < :end" + chatScope(filter));
		}
		if (filter.channel() == null || filter.channel().isTicket()) {
			branches.add("SELECT r.rating AS rating, t.assignee_id AS agent_id FROM csat_rating r "
					+ "JOIN ticket t ON t.id = r.subject_id WHERE r.subject_type = 'TICKET' AND r.created_at >= :start "
					+ "AND r.created_at < :end" + ticketScope(filter, params));
		}
		return String.join(" UNION ALL ", branches);
	}

	private static String chatWhere(ReportFilter filter, String at, Map<String, Object> params) {
		return at + " >= :start AND " + at + " < :end" + chatScope(filter);
	}

	private static String chatScope(ReportFilter filter) {
		return (filter.team() == null ? "" : " AND c.team = :team")
				+ (filter.agentId() == null ? "" : " AND c.assigned_agent_id = :agent");
	}

	private static String ticketWhere(ReportFilter filter, String at, Map<String, Object> params) {
		return at + " >= :start AND " + at + " < :end" + ticketScope(filter, params);
	}

	/** Merged tickets are left out: the ticket they were merged into counts for them. */
	private static String ticketScope(ReportFilter filter, Map<String, Object> params) {
		var scope = new StringBuilder(" AND t.merged_into IS NULL");
		if (filter.team() != null) {
			scope.append(" AND t.team = :team");
		}
		if (filter.agentId() != null) {
			scope.append(" AND t.assignee_id = :agent");
		}
		if (filter.channel() != null && filter.channel().isTicket()) {
			scope.append(" AND t.source = :source");
			params.put("source", filter.channel().ticketSource());
		}
		return scope.toString();
	}

	/** Whole seconds since the epoch (the FLOOR), as BIGINT, of a TIMESTAMP WITH TIME ZONE. */
	private String epoch(String column) {
		return epochSeconds.formatted(column);
	}

	private static Map<String, Object> params(ReportFilter filter) {
		var params = new HashMap<String, Object>();
		params.put("start", Sql.utc(filter.start()));
		params.put("end", Sql.utc(filter.end()));
		if (filter.team() != null) {
			params.put("team", filter.team());
		}
		if (filter.agentId() != null) {
			params.put("agent", filter.agentId());
		}
		return params;
	}

	private static Report.Sla.Target target(long total, long met, long breached) {
		return new Report.Sla.Target(met, breached, total - met - breached);
	}

	private static Report.Stat stat(ResultSet rs) throws SQLException {
		return new Report.Stat(rs.getLong("n"), number(rs, "p50"), number(rs, "p90"));
	}

	static @Nullable Double number(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column);
		return value == null ? null : ((Number) value).doubleValue();
	}
}
