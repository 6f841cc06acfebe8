package app.zetpay.support.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The percentile reports' queries one by one on the benchmark's H2 year file (made by
 * {@link ReportBenchmark}), the old form (PERCENTILE_CONT in SQL) and the new (decision 0047: pairs
 * read, percentiles in Java) interleaved, so a busy machine's noise hits both alike; first checks
 * that both give the same answers for every day and agent of the year. Tag benchmark: {@code -Dtest=ReportQueryProbe -Dsupport.test.excluded=none}.
 */
@Tag("benchmark")
class ReportQueryProbe {

	/** Whether the database is H2: its index hints; PostgreSQL's planner chooses by itself. */
	private static boolean h2;

	@Test
	void h2Year() {
		run("H2", "jdbc:h2:file:./target/bench/reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0", "sa", "");
	}

	/** The year {@link ReportBenchmark#postgres} generated, at {@code SUPPORT_BENCH_DB_URL}. */
	@Test
	void postgresYear() {
		run("PostgreSQL", System.getenv().getOrDefault("SUPPORT_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/support_bench"),
				"support", "support");
	}

	private static String hint(String index) {
		return h2 ? " USE INDEX (" + index + ")" : "";
	}

	private void run(String name, String url, String user, String password) {
		h2 = name.equals("H2");
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(user);
		dataSource.setPassword(password);
		dataSource.setMaximumPoolSize(8);
		try {
			// The file as the current code expects it (V38 adds the bot card's covering index).
			org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			var jdbc = JdbcClient.create(dataSource);
			var now = ReportBenchmark.LAST_DAY.plusDays(1).atStartOfDay(ReportFilter.IST).toInstant().minusSeconds(3_600);
			var queries = new ReportQueries(jdbc, dataSource, ReportBenchmark.NO_ACCOUNTS);
			var reports = new Reports(queries, Clock.fixed(now, ZoneOffset.UTC));
			var year = new ReportFilter(ReportBenchmark.FIRST_DAY, ReportBenchmark.LAST_DAY, null, null, null);
			var start = year.start();
			var end = year.end();
			var probes = new LinkedHashMap<String, Supplier<Object>>();
			// Decision 0047: PERCENTILE_CONT in SQL (the old form, as the code ran it) against the
			// (group, seconds) pairs read from the same covering index and the percentiles taken in Java.
			probes.put("response times card, old: 4 PERCENTILE_CONT queries", () -> oldTimes(jdbc, start, end));
			probes.put("response times card, new: 2 reads of pairs, percentiles in Java", () -> reports.times(year));
			probes.put("handled + median FRT per agent, old: PERCENTILE_CONT GROUP BY agent",
					() -> oldPerAgent(jdbc, "response_s", "opened", start, end));
			probes.put("handled + median FRT per agent, new", () -> queries.handledPerAgent(year, new java.util.HashMap<>()));
			probes.put("median resolution per agent, old: PERCENTILE_CONT GROUP BY agent",
					() -> oldPerAgent(jdbc, "resolution_s", "closed", start, end));
			probes.put("median resolution per agent, new", () -> queries.resolutionPerAgent(year));
			probes.put("agents (whole table, new)", () -> reports.agents(year));
			probes.put("volume (new)", () -> reports.volume(year));
			probes.put("bot card, old: 2 queries scanning the table (USE INDEX ())", () -> oldBot(jdbc, start, end));
			probes.put("bot card, new: 2 queries from the bot's covering index (V38)", () -> reports.bot(year));
			probes.put("all of them, GET /api/reports (new): 7 sections side by side", () -> reports.all(year));
			probes.put("all of them, the 7 sections one after another", () -> List.of(reports.volume(year),
					reports.times(year), reports.sla(year), reports.csat(year), reports.bot(year), reports.heatMap(year),
					reports.agents(year)));
			assertSameAnswers(jdbc, queries, year);
			var times = new LinkedHashMap<String, List<Long>>();
			for (int round = 0; round < 6; round++) {
				for (var probe : probes.entrySet()) {
					var started = System.nanoTime();
					probe.getValue().get();
					if (round > 0) {
						times.computeIfAbsent(probe.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - started) / 1_000_000);
					}
				}
			}
			var out = new StringBuilder("| year, " + name + " (" + Instant.now() + ", load " + load() + ") | ms (5 runs) |\n|---|---|\n");
			times.forEach((probe, ms) -> out.append("| ").append(probe).append(" | ").append(ms).append(" |\n"));
			out.append("load after: ").append(load()).append('\n');
			System.out.println(out);
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of("target/report-query-probe-" + (h2 ? "h2" : "postgres") + ".md"), out);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		finally {
			dataSource.close();
		}
	}

	/** The response-time card's four queries as they were before decision 0047: (n, p50, p90) per day, -1 all. */
	private static Map<Long, List<Double>> oldTimes(JdbcClient jdbc, Instant start, Instant end) {
		var found = new HashMap<Long, List<Double>>();
		for (var sides : List.of(List.of("response_s", "opened"), List.of("resolution_s", "closed"))) {
			var seconds = "f." + sides.get(0);
			var measures = "COUNT(" + seconds + ") AS n, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + seconds
					+ ") AS p50, PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + seconds + ") AS p90";
			var where = " FROM contact_fact f" + hint("contact_fact_" + sides.get(1) + "_cover_idx") + " WHERE " + seconds
					+ " IS NOT NULL AND f." + sides.get(1) + "_s >= :startS AND f." + sides.get(1) + "_s < :endS";
			var offset = sides.get(1).equals("opened") ? 0L : 1_000_000L;
			jdbc.sql("SELECT " + measures + where).param("startS", start.getEpochSecond()).param("endS", end.getEpochSecond())
				.query((rs, n) -> found.put(offset - 1, row(rs))).list();
			jdbc.sql("SELECT f." + sides.get(1) + "_day AS d, " + measures + where + " GROUP BY f." + sides.get(1) + "_day")
				.param("startS", start.getEpochSecond()).param("endS", end.getEpochSecond())
				.query((rs, n) -> found.put(offset + rs.getLong("d"), row(rs))).list();
		}
		return found;
	}

	private static List<Double> row(java.sql.ResultSet rs) throws java.sql.SQLException {
		var values = new ArrayList<Double>();
		values.add((double) rs.getLong("n"));
		for (var column : List.of("p50", "p90")) {
			var value = rs.getObject(column);
			values.add(value == null ? null : ((Number) value).doubleValue());
		}
		return values;
	}

	/** The bot card's two queries as they ran for a year before decision 0047: a scan of the table. */
	private static List<Object> oldBot(JdbcClient jdbc, Instant start, Instant end) {
		var range = " f.opened_s >= :startS AND f.opened_s < :endS";
		var containment = jdbc.sql("SELECT COUNT(*) AS took, COALESCE(SUM(CASE WHEN f.closed_s IS NOT NULL AND f.queued_s IS NULL"
				+ " THEN 1 ELSE 0 END), 0) AS contained FROM contact_fact f" + hint("") + " WHERE f.kind = 'CHAT'"
				+ " AND f.bot_took = TRUE AND" + range)
			.param("startS", start.getEpochSecond()).param("endS", end.getEpochSecond()).query().singleRow();
		var causes = jdbc.sql("SELECT f.handover_cause AS cause, COUNT(*) AS n FROM contact_fact f" + hint("") + " WHERE"
				+ " f.kind = 'CHAT' AND f.bot_took = TRUE AND f.handover_cause IS NOT NULL AND" + range
				+ " GROUP BY f.handover_cause ORDER BY n DESC, cause")
			.param("startS", start.getEpochSecond()).param("endS", end.getEpochSecond()).query().listOfRows();
		return List.of(containment, causes);
	}

	/** Per agent (count, median) the old way: PERCENTILE_CONT with GROUP BY agent_id. */
	private static Map<String, List<Double>> oldPerAgent(JdbcClient jdbc, String seconds, String side, Instant start,
			Instant end) {
		var found = new HashMap<String, List<Double>>();
		jdbc.sql("SELECT f.agent_id AS agent_id, COUNT(*) AS n, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY f." + seconds
				+ ") AS p50 FROM contact_fact f" + hint("contact_fact_" + side + "_cover_idx") + " WHERE f.agent_id IS NOT NULL"
				+ " AND f." + side + "_s >= :startS AND f." + side + "_s < :endS GROUP BY f.agent_id")
			.param("startS", start.getEpochSecond()).param("endS", end.getEpochSecond())
			.query((rs, n) -> {
				var value = rs.getObject("p50");
				var values = new ArrayList<Double>();
				values.add((double) rs.getLong("n"));
				values.add(value == null ? null : ((Number) value).doubleValue());
				return found.put(rs.getString("agent_id"), values);
			}).list();
		return found;
	}

	/** The new form answers exactly what PERCENTILE_CONT answered, on every day and agent of the year. */
	private static void assertSameAnswers(JdbcClient jdbc, ReportQueries queries, ReportFilter year) {
		var old = oldTimes(jdbc, year.start(), year.end());
		var sides = List.of(queries.firstResponse(year), queries.resolution(year));
		for (int i = 0; i < sides.size(); i++) {
			var offset = i == 0 ? 0L : 1_000_000L;
			for (var entry : sides.get(i).entrySet()) {
				var expected = old.get(offset + entry.getKey());
				var stat = entry.getValue();
				if (expected == null || expected.get(0) != stat.count() || !close(expected.get(1), stat.median())
						|| !close(expected.get(2), stat.p90())) {
					throw new AssertionError("Day " + entry.getKey() + ": PERCENTILE_CONT " + expected + ", Java " + stat);
				}
			}
		}
		if (old.size() != sides.get(0).size() + sides.get(1).size()) {
			throw new AssertionError("Days differ: " + old.size() + " / " + (sides.get(0).size() + sides.get(1).size()));
		}
		var oldAgents = oldPerAgent(jdbc, "resolution_s", "closed", year.start(), year.end());
		var newAgents = queries.resolutionPerAgent(year);
		if (!oldAgents.keySet().equals(newAgents.keySet())) {
			throw new AssertionError("Agents differ: " + oldAgents.keySet() + " / " + newAgents.keySet());
		}
		oldAgents.forEach((agent, expected) -> {
			if (!close(expected.get(1), newAgents.get(agent))) {
				throw new AssertionError(agent + ": PERCENTILE_CONT " + expected + ", Java " + newAgents.get(agent));
			}
		});
		System.out.println("Same answers as PERCENTILE_CONT: " + old.size() + " day rows, " + oldAgents.size() + " agents");
	}

	private static boolean close(Double expected, Double actual) {
		return expected == null ? actual == null : actual != null && Math.abs(expected - actual) < 1e-6;
	}

	private static String load() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException e) {
			return "?";
		}
	}
}
