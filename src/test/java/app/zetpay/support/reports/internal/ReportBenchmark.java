package app.zetpay.support.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.TeamName;

/**
 * How long every report takes on a year of traffic: 100 k chats and about 1 M messages (plus 30 k
 * tickets, ratings and a year of presence for 20 agents), generated once into an H2 file database
 * under {@code target/bench/} and into PostgreSQL's {@code support_bench}, then each report timed
 * for the whole year and for one month, warm (1 run first), median and max of 3. H2 runs without
 * its query cache: it would otherwise hand back the last result of an unchanged table, which a live
 * system, whose tables change all the time, never gets. Not part of the
 * test suite (tag {@code benchmark}):
 *
 * <pre>./mvnw -Dskip.web test -Dtest=ReportBenchmark -Dsupport.test.excluded=none</pre>
 *
 * PostgreSQL at {@code SUPPORT_BENCH_DB_URL} (default jdbc:postgresql://localhost:5432/support_bench,
 * user and password support). Tables go to target/report-benchmark-*.md; docs/benchmarks.md has the
 * figures of a run. The target: the slowest report under 1 s.
 */
@Tag("benchmark")
class ReportBenchmark {

	static final int CHATS = 100_000;
	static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);
	static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
	static final String PREFIX = "bench-";
	static final int WARM_UP = 1;
	static final int RUNS = 3;
	/**
	 * The generated agents have no accounts, so the agent table names them by id whatever the
	 * directory holds; the benchmark has no application context to take the real one from.
	 */
	static final AgentDirectory NO_ACCOUNTS = new AgentDirectory() {
		@Override
		public Optional<AgentAccount> find(AgentId id) {
			return Optional.empty();
		}

		@Override
		public List<AgentAccount> findAll() {
			return List.of();
		}

		@Override
		public boolean hasEnabledMember(TeamName team) {
			return false;
		}

		@Override
		public Optional<java.time.Instant> tokensValidAfter(AgentId id) {
			return Optional.empty();
		}
	};

	@Test
	void h2File() throws IOException {
		Files.createDirectories(Path.of("target/bench"));
		run("H2 file", "jdbc:h2:file:./target/bench/reports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=0", "sa", "");
	}

	@Test
	void postgres() throws IOException {
		var url = System.getenv().getOrDefault("SUPPORT_BENCH_DB_URL", "jdbc:postgresql://localhost:5432/support_bench");
		run("PostgreSQL", url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", "support", "support");
	}

	private void run(String name, String url, String user, String password) throws IOException {
		// A pool, as the application has: GET /api/reports runs its sections side by side on it.
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(user);
		dataSource.setPassword(password);
		dataSource.setMaximumPoolSize(8);
		try {
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			var generator = new ReportDataGenerator(dataSource);
			var now = LAST_DAY.plusDays(1).atStartOfDay(ReportFilter.IST).toInstant().minusSeconds(3_600);
			var out = new StringBuilder();
			if (!generator.alreadyGenerated(PREFIX)) {
				var agents = IntStream.rangeClosed(1, 20)
					.mapToObj(i -> new ReportDataGenerator.Agent(PREFIX + "agent-" + i, "Agent " + i,
							List.of("payments", "cards", "wallet", "kyc").get(i % 4)))
					.toList();
				var started = System.nanoTime();
				var generated = generator.generate(new ReportDataGenerator.Plan(PREFIX, FIRST_DAY, LAST_DAY, CHATS, 10,
						agents, now, 42, true));
				var took = Duration.ofNanos(System.nanoTime() - started);
				out.append("Generated %s in %d s%n".formatted(generated, took.toSeconds()));
				JdbcClient.create(dataSource).sql("ANALYZE").update();
			}
			var jdbc = JdbcClient.create(dataSource);
			out.append("Rows: %d chats, %d messages, %d tickets, %d ratings, %d presence intervals, %d contact facts%n%n"
				.formatted(count(jdbc, "conversation"), count(jdbc, "chat_message"), count(jdbc, "ticket"),
						count(jdbc, "csat_rating"), count(jdbc, "agent_presence"), count(jdbc, "contact_fact")));
			var reports = new Reports(new ReportQueries(jdbc, dataSource, NO_ACCOUNTS), Clock.fixed(now, ZoneOffset.UTC));
			var year = new ReportFilter(FIRST_DAY, LAST_DAY, null, null, null);
			var month = new ReportFilter(LAST_DAY.withDayOfMonth(1), LAST_DAY, null, null, null);
			var teamMonth = new ReportFilter(LAST_DAY.withDayOfMonth(1), LAST_DAY, "payments", null, null);
			var teamYear = new ReportFilter(FIRST_DAY, LAST_DAY, "payments", null, null);
			out.append("| report (%s) | year: median ms | year: max ms | month: median ms | month: max ms | "
					.formatted(name) + "month, one team: median ms | year, one team: median ms | year, one team: max ms |\n"
					+ "|---|---:|---:|---:|---:|---:|---:|---:|\n");
			double slowest = 0;
			for (var report : reports(reports).entrySet()) {
				var y = time(report.getValue(), year);
				var m = time(report.getValue(), month);
				var t = time(report.getValue(), teamMonth);
				var ty = time(report.getValue(), teamYear);
				slowest = Math.max(slowest, Math.max(Math.max(y[1], ty[1]), Math.max(m[1], t[1])));
				out.append("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n".formatted(report.getKey(), y[0], y[1],
						m[0], m[1], t[0], ty[0], ty[1]));
			}
			out.append("%nSlowest single run: %.0f ms%n".formatted(slowest));
			System.out.println(out);
			Files.writeString(Path.of("target/report-benchmark-" + (name.startsWith("H2") ? "h2" : "postgres") + ".md"),
					out);
			assertThat(slowest).as("slowest report, ms").isLessThan(1_000);
		}
		finally {
			dataSource.close();
		}
	}

	private static Map<String, Consumer<ReportFilter>> reports(Reports reports) {
		var all = new LinkedHashMap<String, Consumer<ReportFilter>>();
		all.put("volume", reports::volume);
		all.put("response times", reports::times);
		all.put("SLA", reports::sla);
		all.put("CSAT", reports::csat);
		all.put("bot containment and handovers", reports::bot);
		all.put("heat map", reports::heatMap);
		all.put("agents", reports::agents);
		all.put("all of them (GET /api/reports)", reports::all);
		return all;
	}

	/** Median and max of the timed runs, in ms. */
	private static double[] time(Consumer<ReportFilter> report, ReportFilter filter) {
		for (int i = 0; i < WARM_UP; i++) {
			report.accept(filter);
		}
		var times = new ArrayList<Double>();
		for (int i = 0; i < RUNS; i++) {
			var started = System.nanoTime();
			report.accept(filter);
			times.add((System.nanoTime() - started) / 1e6);
		}
		times.sort(null);
		return new double[] { times.get(RUNS / 2), times.get(RUNS - 1) };
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}
}
