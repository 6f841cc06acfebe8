package app.zetpay.support.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The agent table's and CSAT's queries one by one on the benchmark's H2 year file (made by
 * {@link ReportBenchmark}), the old and the new form interleaved, so a busy machine's noise hits
 * both alike. Tag benchmark: {@code -Dtest=ReportQueryProbe -Dsupport.test.excluded=none}.
 */
@Tag("benchmark")
class ReportQueryProbe {

	@Test
	void h2Year() {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:h2:file:./target/bench/reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0");
		dataSource.setUsername("sa");
		dataSource.setPassword("");
		dataSource.setMaximumPoolSize(8);
		try {
			var jdbc = JdbcClient.create(dataSource);
			var now = ReportBenchmark.LAST_DAY.plusDays(1).atStartOfDay(ReportFilter.IST).toInstant().minusSeconds(3_600);
			var queries = new ReportQueries(jdbc, dataSource, ReportBenchmark.NO_ACCOUNTS);
			var reports = new Reports(queries, Clock.fixed(now, ZoneOffset.UTC));
			var year = new ReportFilter(ReportBenchmark.FIRST_DAY, ReportBenchmark.LAST_DAY, null, null, null);
			var start = year.start();
			var end = year.end();
			var probes = new LinkedHashMap<String, Supplier<Object>>();
			probes.put("ratings per agent, old: csat_rating JOIN contact_fact", () -> jdbc.sql("""
					SELECT agent_id, COUNT(*) AS n, AVG(CAST(rating AS DOUBLE PRECISION)) AS average FROM (
					SELECT r.rating AS rating, f.agent_id AS agent_id FROM csat_rating r
					JOIN contact_fact f ON f.kind = r.subject_type AND f.id = r.subject_id
					WHERE r.created_at >= :start AND r.created_at < :end) x WHERE agent_id IS NOT NULL GROUP BY agent_id""")
					.param("start", app.zetpay.support.shared.Sql.utc(start)).param("end", app.zetpay.support.shared.Sql.utc(end))
					.query().listOfRows());
			probes.put("ratings per agent, new: facts by rated_s", () -> queries.ratingsPerAgent(year));
			probes.put("CSAT, old: csat_rating JOIN contact_fact", () -> jdbc.sql("""
					SELECT rating, COUNT(*) AS n FROM (SELECT r.rating AS rating FROM csat_rating r
					JOIN contact_fact f ON f.kind = r.subject_type AND f.id = r.subject_id
					WHERE r.created_at >= :start AND r.created_at < :end) x GROUP BY rating""")
					.param("start", app.zetpay.support.shared.Sql.utc(start)).param("end", app.zetpay.support.shared.Sql.utc(end))
					.query().listOfRows());
			probes.put("CSAT, new: facts by rated_s", () -> queries.ratings(year));
			probes.put("time online, old: EXTRACT(EPOCH) in SQL", () -> jdbc.sql("""
					SELECT agent_id, SUM(s) AS online FROM (
					  SELECT p.agent_id AS agent_id,
					    EXTRACT(EPOCH FROM LEAST(COALESCE(p.ended_at, :now), :end))
					      - EXTRACT(EPOCH FROM GREATEST(p.started_at, :start)) AS s
					  FROM agent_presence p
					  WHERE p.availability = 'ONLINE' AND p.started_at < :end AND (p.ended_at IS NULL OR p.ended_at > :start)
					) x WHERE s > 0 GROUP BY agent_id""")
					.param("start", app.zetpay.support.shared.Sql.utc(start)).param("end", app.zetpay.support.shared.Sql.utc(end))
					.param("now", app.zetpay.support.shared.Sql.utc(now)).query().listOfRows());
			probes.put("time online, new: epoch seconds summed in Java", () -> queries.secondsOnline(year, now));
			probes.put("handled + median FRT per agent", () -> queries.handledPerAgent(year, new java.util.HashMap<>()));
			probes.put("median resolution per agent", () -> queries.resolutionPerAgent(year));
			probes.put("agents (whole table)", () -> reports.agents(year));
			probes.put("response times (whole card)", () -> reports.times(year));
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
			var out = new StringBuilder("| year, H2 (" + Instant.now() + ", load " + load() + ") | ms (5 runs) |\n|---|---|\n");
			times.forEach((name, ms) -> out.append("| ").append(name).append(" | ").append(ms).append(" |\n"));
			out.append("load after: ").append(load()).append('\n');
			System.out.println(out);
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of("target/report-query-probe.md"), out);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		finally {
			dataSource.close();
		}
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
