package app.zetpay.support.cobrowse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.zetpay.support.cobrowse.CobrowseRelayBenchmark.Latency;
import app.zetpay.support.cobrowse.CobrowseRelayBenchmark.Pair;
import app.zetpay.support.cobrowse.CobrowseRelayBenchmark.Watcher;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.ProductionNodes;
import app.zetpay.support.testing.SocketClient;

/**
 * The co-browsing relay across two nodes (production profile: PostgreSQL, the Redis relay): every
 * customer's page on node A, every agent watching on node B, so each frame crosses Redis pub/sub.
 * The same busy page as {@link CobrowseRelayBenchmark} (a 200 KB snapshot, then a 4 KB frame every
 * 200 ms for 20 s), fewer sessions (both nodes and the load share this JVM and 2 cores). Not part of
 * the suite:
 *
 * <pre>SUPPORT_TEST_DB_URL=… ./mvnw -o -q -Dskip.aot -Dskip.web -Ppostgres test -Dtest=CobrowseTwoNodeRelayBenchmark -Dsupport.test.excluded=embedded-only</pre>
 *
 * Writes {@code target/cobrowse-relay-two-nodes.md}.
 */
@Tag("benchmark")
class CobrowseTwoNodeRelayBenchmark {

	static final int SESSIONS = 30;
	static final Duration RUN = Duration.ofSeconds(20);
	static final Duration STEADY_AFTER = Duration.ofSeconds(5);

	@Test
	void relaysBusyPagesFromOneNodeToAgentsOnTheOther() throws Exception {
		try (var nodes = ProductionNodes.two()) {
			var apiA = nodes.a().api();
			var apiB = nodes.b().api();
			var agents = new AgentFixtures(apiA);
			var latencies = new ConcurrentLinkedQueue<Latency>();
			var received = new AtomicLong();
			var sessions = new ArrayList<Pair>();
			for (var i = 0; i < SESSIONS; i++) {
				var email = agents.create("Two Node Bench Agent " + i, "AGENT");
				agents.availability(email, "AWAY");
				var customer = apiA.customerToken("bench2-cust-" + UUID.randomUUID(), "Bench Customer " + i);
				var chatId = agents.directChat(customer, email);
				var page = SocketClient.authenticated(apiA, customer);
				try (var agent = SocketClient.authenticated(apiB, agents.token(email))) {
					agent.send("cobrowse_request", Map.of("chatId", chatId));
					var sessionId = page.next("cobrowse_session").at("/payload/sessionId").asString();
					page.send("cobrowse_respond", Map.of("sessionId", sessionId, "accept", true));
					agent.next(f -> "ACTIVE".equals(f.at("/payload/state").asString()), "consent");
					sessions.add(new Pair(sessionId, page,
							Watcher.connect(apiB, agents.token(email), sessionId, latencies, received)));
				}
			}
			var sent = new AtomicLong();
			var runStart = System.nanoTime();
			try (var pool = Executors.newScheduledThreadPool(4)) {
				for (var s : sessions) {
					var seq = new AtomicLong();
					pool.execute(() -> {
						for (var c = 0; c < CobrowseRelayBenchmark.SNAPSHOT_CHUNKS; c++) {
							s.page().send(CobrowseRelayBenchmark.frame(s.sessionId(), seq.get(), true, c,
									CobrowseRelayBenchmark.SNAPSHOT_CHUNKS, CobrowseRelayBenchmark.CHUNK_CHARS));
							sent.incrementAndGet();
						}
						seq.incrementAndGet();
					});
					pool.scheduleAtFixedRate(() -> {
						s.page().send(CobrowseRelayBenchmark.frame(s.sessionId(), seq.getAndIncrement(), false, 0, 1,
								CobrowseRelayBenchmark.MUTATION_CHARS));
						sent.incrementAndGet();
					}, 300 + (long) (Math.random() * 200), 200, TimeUnit.MILLISECONDS);
				}
				Thread.sleep(RUN.toMillis());
				pool.shutdownNow();
			}
			Thread.sleep(1_000);
			var load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			sessions.forEach(s -> {
				s.page().close();
				s.watcher().close();
			});
			var sorted = latencies.stream().mapToLong(Latency::nanos).sorted().toArray();
			var steady = latencies.stream().filter(l -> l.sentAt() > runStart + STEADY_AFTER.toNanos())
				.mapToLong(Latency::nanos).sorted().toArray();
			var report = String.format("""
					| frames (node A → Redis → node B) | sessions | frames sent | frames received | p50 ms | p95 ms | p99 ms | max ms | load avg (1 min) |
					|---|---|---|---|---|---|---|---|---|
					| all (snapshots too) | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f |
					| steady (after %d s) | %d | | %d | %.1f | %.1f | %.1f | %.1f | |
					""", SESSIONS, sent.get(), received.get(), CobrowseRelayBenchmark.ms(sorted, 0.50),
					CobrowseRelayBenchmark.ms(sorted, 0.95), CobrowseRelayBenchmark.ms(sorted, 0.99),
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, load, STEADY_AFTER.toSeconds(), SESSIONS,
					steady.length, CobrowseRelayBenchmark.ms(steady, 0.50), CobrowseRelayBenchmark.ms(steady, 0.95),
					CobrowseRelayBenchmark.ms(steady, 0.99), steady.length == 0 ? 0 : steady[steady.length - 1] / 1e6);
			System.out.println(report);
			Files.writeString(Path.of("target/cobrowse-relay-two-nodes.md"), report);
			assertThat(sorted).isNotEmpty();
		}
	}
}
