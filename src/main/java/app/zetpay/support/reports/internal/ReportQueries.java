package app.zetpay.support.reports.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.reports.Channel;
import app.zetpay.support.shared.Sql;

/**
 * The reports' SQL, the same on H2 and PostgreSQL. The contact reports read contact_fact (decision
 * 0037): one narrow row per chat or ticket with its moments as epoch seconds and, worked out when it
 * was written, its response and resolution seconds, IST days and IST hour of the week. So each
 * query is one range scan (of an index, or on H2 for long ranges of the table) that reads columns
 * as they are: no UNION of chats and tickets, no per-row arithmetic (which H2 pays for by the
 * microsecond). Ratings too are on the facts (rating, rated_s: decision 0042). SLA reads ticket, time
 * online agent_presence's epoch-second bounds; none reads chat_message or csat_rating.
 */
@Repository
class ReportQueries {

	/**
	 * On H2, a range holding more than 1/this of the facts is read by scanning the table: H2 fetches
	 * each row an index range finds from the table by its key, 5–10 times the cost of a row in a
	 * sequential scan (a year's 126 k facts: 1.2–3.3 s through the index, 0.14–0.5 s scanning, at load
	 * 9–10; decision 0037). PostgreSQL's planner makes this choice itself.
	 */
	private static final int H2_SCAN_SHARE = 8;

	/**
	 * The covering index of each range column (V33): opened_s with opened_day, opened_hour, agent_id,
	 * response_s; closed_s with closed_day, agent_id, resolution_s; rated_s with rating, agent_id.
	 */
	private static final Map<String, String> COVERING = Map.of("f.opened_s", "contact_fact_opened_cover_idx",
			"f.closed_s", "contact_fact_closed_cover_idx", "f.rated_s", "contact_fact_rated_cover_idx");

	/**
	 * The bot card's covering index (V38): the chats the bot took ({@code bot_took} first) by
	 * opened_s, with kind, queued_s, closed_s and handover_cause.
	 */
	private static final String BOT_COVER = "contact_fact_bot_cover_idx";

	/**
	 * For each covering index, its twin led by the team (V41): a report filtered on one team reads
	 * that team's range of it alone, rather than fetching each row from the table.
	 */
	private static final Map<String, String> TEAM_COVERING = Map.of(
			"contact_fact_opened_cover_idx", "contact_fact_team_opened_cover_idx",
			"contact_fact_closed_cover_idx", "contact_fact_team_closed_cover_idx",
			"contact_fact_rated_cover_idx", "contact_fact_team_rated_cover_idx",
			BOT_COVER, "contact_fact_team_bot_cover_idx");

	private final JdbcClient jdbc;
	private final AgentDirectory agents;
	private final boolean h2;

	ReportQueries(JdbcClient jdbc, DataSource dataSource, AgentDirectory agents) {
		this.jdbc = jdbc;
		this.agents = agents;
		this.h2 = "H2".equals(Sql.product(dataSource));
	}

	/**
	 * The fact table as a query names it ({@code f}) for a range of the epoch-second column
	 * {@code at} ({@code f.opened_s}, {@code f.closed_s} or {@code f.rated_s}). PostgreSQL's planner
	 * chooses by itself. On H2 (decision 0042): a query that reads only columns of {@code at}'s
	 * covering index ({@code covered}) and has no agent or channel filter (those columns are not in
	 * it) reads that index alone, for any range, or with a team filter its twin led by the team; any
	 * other query scans the table
	 * ({@code USE INDEX ()}) when the range holds more than 1/{@value #H2_SCAN_SHARE} of the facts
	 * (decision 0037), else lets H2 take an index. Both counts are cheap on H2: one the table keeps,
	 * the other answered from the index alone.
	 */
	private String facts(ReportFilter filter, String at, boolean covered) {
		return facts(filter, at, covered ? COVERING.get(at) : null);
	}

	/** As above, naming the covering index ({@code cover}, or null for none) of a query on {@code at}. */
	private String facts(ReportFilter filter, String at, @Nullable String cover) {
		if (!h2) {
			return "contact_fact f";
		}
		if (cover != null && filter.agentId() == null && filter.channel() == null) {
			return "contact_fact f USE INDEX (" + (filter.team() == null ? cover : TEAM_COVERING.get(cover)) + ")";
		}
		var inRange = jdbc.sql("SELECT COUNT(*) FROM contact_fact f WHERE " + at + " >= :startS AND " + at + " < :endS")
				.param("startS", filter.start().getEpochSecond()).param("endS", filter.end().getEpochSecond())
				.query(Long.class).single();
		var all = jdbc.sql("SELECT COUNT(*) FROM contact_fact").query(Long.class).single();
		return inRange * H2_SCAN_SHARE > all ? "contact_fact f USE INDEX ()" : "contact_fact f";
	}

	/** Which moment of a contact the range selects on. */
	enum When {
		OPENED, CLOSED
	}

	/** Count per IST day (epoch day), of contacts opened or closed in the range. */
	Map<Long, Long> perDay(ReportFilter filter, When when) {
		var opened = when == When.OPENED;
		var params = params(filter);
		var day = opened ? "f.opened_day" : "f.closed_day";
		var at = opened ? "f.opened_s" : "f.closed_s";
		var found = new HashMap<Long, Long>();
		jdbc.sql("SELECT " + day + " AS d, COUNT(*) AS n FROM " + facts(filter, at, true) + " WHERE "
				+ factWhere(filter, at, params) + " GROUP BY " + day).params(params)
				.query((rs, n) -> found.put(rs.getLong("d"), rs.getLong("n"))).list();
		return found;
	}

	/** First response times of contacts opened in the range: all, and per IST day (key -1: all). */
	Map<Long, Report.Stat> firstResponse(ReportFilter filter) {
		return stats(filter, "f.response_s", "f.opened_s", "f.opened_day");
	}

	/** Resolution times of contacts closed in the range: all, and per IST day (key -1: all). */
	Map<Long, Report.Stat> resolution(ReportFilter filter) {
		return stats(filter, "f.resolution_s", "f.closed_s", "f.closed_day");
	}

	/**
	 * Count, median and p90 of a duration over the range and per IST day (key -1: all), from one read
	 * of the (day, seconds) pairs, the percentiles worked out in {@link Samples} rather than by two
	 * {@code PERCENTILE_CONT} queries (decision 0047). On H2 the pairs come from the covering index.
	 */
	private Map<Long, Report.Stat> stats(ReportFilter filter, String seconds, String at, String day) {
		var params = params(filter);
		var all = new Samples();
		var perDay = new HashMap<Long, Samples>();
		jdbc.sql("SELECT " + day + " AS d, " + seconds + " AS s FROM " + facts(filter, at, true) + " WHERE " + seconds
				+ " IS NOT NULL AND " + factWhere(filter, at, params)).params(params).query((RowCallbackHandler) rs -> {
					var value = rs.getLong(2);
					all.add(value);
					perDay.computeIfAbsent(rs.getLong(1), d -> new Samples()).add(value);
				});
		var found = new HashMap<Long, Report.Stat>();
		found.put(-1L, all.stat());
		perDay.forEach((d, samples) -> found.put(d, samples.stat()));
		return found;
	}

	/** Contacts opened in the range per IST weekday (1–7) and hour (0–23). */
	List<Report.HeatCell> heatMap(ReportFilter filter) {
		var params = params(filter);
		return jdbc.sql("SELECT f.opened_hour AS h, COUNT(*) AS n FROM " + facts(filter, "f.opened_s", true) + " WHERE "
				+ factWhere(filter, "f.opened_s", params) + " GROUP BY f.opened_hour").params(params)
				.query((rs, n) -> new Report.HeatCell(rs.getInt("h") / 24 + 1, rs.getInt("h") % 24, rs.getLong("n")))
				.list();
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

	/** Ratings given in the range to contacts matching the filter, per score (1–5). */
	Map<Integer, Long> ratings(ReportFilter filter) {
		var params = params(filter);
		var found = new HashMap<Integer, Long>();
		jdbc.sql("SELECT f.rating AS rating, COUNT(*) AS n FROM " + facts(filter, "f.rated_s", true) + " WHERE "
				+ factWhere(filter, "f.rated_s", params) + " GROUP BY f.rating").params(params)
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
				  COALESCE(SUM(CASE WHEN f.closed_s IS NOT NULL AND f.queued_s IS NULL THEN 1 ELSE 0 END), 0) AS contained
				FROM %s WHERE f.kind = 'CHAT' AND f.bot_took = TRUE AND\s""".formatted(facts(filter, "f.opened_s", BOT_COVER)) + factWhere(filter, "f.opened_s", params))
				.params(params).query((rs, n) -> new long[] { rs.getLong("took"), rs.getLong("contained") }).single();
	}

	/** The bot's handovers of chats opened in the range, by cause. */
	List<Report.Bot.Handovers> handovers(ReportFilter filter) {
		if (filter.channel() != null && filter.channel() != Channel.CHAT) {
			return List.of();
		}
		var params = params(filter);
		return jdbc.sql("SELECT f.handover_cause AS cause, COUNT(*) AS n FROM " + facts(filter, "f.opened_s", BOT_COVER) + " "
				+ "WHERE f.kind = 'CHAT' AND f.bot_took = TRUE AND f.handover_cause IS NOT NULL AND "
				+ factWhere(filter, "f.opened_s", params) + " GROUP BY f.handover_cause ORDER BY n DESC, cause")
				.params(params).query((rs, n) -> new Report.Bot.Handovers(rs.getString("cause"), rs.getLong("n")))
				.list();
	}

	/**
	 * Per agent: contacts opened in the range they hold, and their median first response (over those
	 * answered), from one read of the (agent, seconds) pairs (decision 0047).
	 */
	Map<String, long[]> handledPerAgent(ReportFilter filter, Map<String, @Nullable Double> medianFirstResponse) {
		var params = params(filter);
		var perAgent = perAgent(params, "SELECT f.agent_id AS agent_id, f.response_s AS s FROM "
				+ facts(filter, "f.opened_s", true) + " WHERE f.agent_id IS NOT NULL AND "
				+ factWhere(filter, "f.opened_s", params));
		var found = new HashMap<String, long[]>();
		perAgent.forEach((agent, held) -> {
			found.put(agent, new long[] { held.contacts });
			medianFirstResponse.put(agent, held.seconds.percentile(0.5));
		});
		return found;
	}

	/** Per agent: the median resolution of contacts closed in the range they held. */
	Map<String, @Nullable Double> resolutionPerAgent(ReportFilter filter) {
		var params = params(filter);
		var perAgent = perAgent(params, "SELECT f.agent_id AS agent_id, f.resolution_s AS s FROM "
				+ facts(filter, "f.closed_s", true) + " WHERE f.agent_id IS NOT NULL AND "
				+ factWhere(filter, "f.closed_s", params));
		var found = new HashMap<String, @Nullable Double>();
		perAgent.forEach((agent, held) -> found.put(agent, held.seconds.percentile(0.5)));
		return found;
	}

	/** An agent's contacts in a range, and the durations of those that have one. */
	private static final class Held {

		long contacts;
		final Samples seconds = new Samples();
	}

	/** Reads (agent_id, s) rows; s may be null (a contact not answered or not resolved). */
	private Map<String, Held> perAgent(Map<String, Object> params, String sql) {
		var found = new HashMap<String, Held>();
		jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> {
			var held = found.computeIfAbsent(rs.getString(1), a -> new Held());
			held.contacts++;
			var value = rs.getLong(2);
			if (!rs.wasNull()) {
				held.seconds.add(value);
			}
		});
		return found;
	}

	/**
	 * Per agent: the average and number of ratings given in the range to contacts they held. The sum
	 * is divided here rather than by AVG over a cast per row (H2 pays for each expression per row).
	 */
	Map<String, double[]> ratingsPerAgent(ReportFilter filter) {
		var params = params(filter);
		var found = new HashMap<String, double[]>();
		jdbc.sql("SELECT f.agent_id AS agent_id, COUNT(*) AS n, SUM(f.rating) AS total FROM "
				+ facts(filter, "f.rated_s", true) + " WHERE f.agent_id IS NOT NULL AND " + factWhere(filter, "f.rated_s", params)
				+ " GROUP BY f.agent_id").params(params)
				.query((rs, n) -> found.put(rs.getString("agent_id"),
						new double[] { (double) rs.getLong("total") / rs.getLong("n"), rs.getLong("n") }))
				.list();
		return found;
	}

	/**
	 * Seconds each agent was ONLINE within the range (an interval still open counts up to
	 * {@code now}): of the one agent filtered on, of a team's agents, or of everyone. The intervals'
	 * bounds are epoch seconds (V33); they are cut to the range and added up here, a few hundred
	 * rows per agent for a year, instead of by two timestamp conversions per row in SQL.
	 */
	Map<String, Long> secondsOnline(ReportFilter filter, Instant now) {
		var params = params(filter);
		var scope = new StringBuilder();
		if (filter.agentId() != null) {
			scope.append(" AND p.agent_id = :agent");
		}
		if (filter.team() != null) {
			scope.append(" AND p.agent_id IN (SELECT agent_id FROM agent_team WHERE team = :team)");
		}
		var start = filter.start().getEpochSecond();
		var end = filter.end().getEpochSecond();
		var nowS = now.getEpochSecond();
		var found = new HashMap<String, Long>();
		jdbc.sql("""
				SELECT p.agent_id AS agent_id, p.started_s AS started_s, p.ended_s AS ended_s FROM agent_presence p
				WHERE p.availability = 'ONLINE' AND p.started_s < :endS AND (p.ended_s IS NULL OR p.ended_s > :startS)"""
				+ scope).params(params).query((rs, n) -> {
					var ended = rs.getLong("ended_s");
					var to = Math.min(rs.wasNull() ? nowS : ended, end);
					var seconds = to - Math.max(rs.getLong("started_s"), start);
					if (seconds > 0) {
						found.merge(rs.getString("agent_id"), seconds, Long::sum);
					}
					return n;
				}).list();
		return found;
	}

	/** Display names of the agents with these ids that have an account. */
	Map<String, String> names(java.util.Collection<String> agentIds) {
		if (agentIds.isEmpty()) {
			return Map.of();
		}
		// Every account at once: a support team's accounts are few, and one query beats one per agent.
		var found = new HashMap<String, String>();
		for (var account : agents.findAll()) {
			if (agentIds.contains(account.id().value())) {
				found.put(account.id().value(), account.name());
			}
		}
		return found;
	}

	// ---- The row sources ---------------------------------------------------------------------------

	/**
	 * The contacts (contact_fact, one row per chat or ticket, merged tickets left out) whose moment
	 * {@code at} (epoch seconds) falls in the range and which match the filter.
	 */
	private static String factWhere(ReportFilter filter, String at, Map<String, Object> params) {
		return at + " >= :startS AND " + at + " < :endS" + factScope(filter, params);
	}

	private static String factScope(ReportFilter filter, Map<String, Object> params) {
		var scope = new StringBuilder();
		if (filter.team() != null) {
			scope.append(" AND f.team = :team");
		}
		if (filter.agentId() != null) {
			scope.append(" AND f.agent_id = :agent");
		}
		if (filter.channel() == Channel.CHAT) {
			scope.append(" AND f.kind = 'CHAT'");
		}
		else if (filter.channel() != null) {
			scope.append(" AND f.kind = 'TICKET' AND f.source = :source");
			params.put("source", filter.channel().ticketSource());
		}
		return scope.toString();
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

	private static Map<String, Object> params(ReportFilter filter) {
		var params = new HashMap<String, Object>();
		params.put("start", Sql.utc(filter.start()));
		params.put("end", Sql.utc(filter.end()));
		params.put("startS", filter.start().getEpochSecond());
		params.put("endS", filter.end().getEpochSecond());
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
}
