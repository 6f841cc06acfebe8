package app.zetpay.support.cobrowse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

/**
 * Co-browsing relay under load, over real sockets in one JVM with the server: 100 sessions at once,
 * each customer's page sending a 200 KB full snapshot (10 chunks) and then a busy page's mutations
 * (a 4 KB frame every 200 ms, what the capture's 150 ms coalescing makes of a page redrawing
 * constantly) for 20 s. Measures customer-send → agent-receive latency (both ends' clocks are this
 * JVM's) and the heap with all sessions live. Not part of the suite (tag {@code benchmark}):
 *
 * <pre>./mvnw -o -q -Dskip.aot -Dskip.web test -Dtest=CobrowseRelayBenchmark -Dsupport.test.excluded=none</pre>
 *
 * Writes {@code target/cobrowse-relay.md}; docs/benchmarks.md has the figures of a run.
 */
@IntegrationTest
@Tag("benchmark")
class CobrowseRelayBenchmark {

	static final int SESSIONS = 100;
	static final int SNAPSHOT_CHUNKS = 10;
	static final int CHUNK_CHARS = 20_000;
	static final int MUTATION_CHARS = 4_000;
	static final Duration MUTATION_EVERY = Duration.ofMillis(200);
	static final Duration RUN = Duration.ofSeconds(20);
	static final Duration STEADY_AFTER = Duration.ofSeconds(5);

	@Autowired
	Api api;

	@Test
	void relaysAHundredBusyPagesAtOnce() throws Exception {
		var heapBefore = usedHeapAfterGc();
		var agents = new AgentFixtures(api);
		var latencies = new ConcurrentLinkedQueue<Latency>();
		var received = new AtomicLong();
		var sessions = new ArrayList<Pair>();
		for (var i = 0; i < SESSIONS; i++) {
			var email = agents.create("Bench Agent " + i, "AGENT");
			agents.availability(email, "AWAY");
			var customer = api.customerToken("bench-cust-" + UUID.randomUUID(), "Bench Customer " + i);
			var chatId = agents.directChat(customer, email);
			var agent = SocketClient.authenticated(api, agents.token(email));
			var page = SocketClient.authenticated(api, customer);
			agent.send("cobrowse_request", Map.of("chatId", chatId));
			var sessionId = page.next("cobrowse_session").at("/payload/sessionId").asString();
			page.send("cobrowse_respond", Map.of("sessionId", sessionId, "accept", true));
			agent.next(f -> "ACTIVE".equals(f.at("/payload/state").asString()), "consent");
			// The agent's side from now on: a listener that only timestamps what arrives.
			var watcher = Watcher.connect(api, agents.token(email), sessionId, latencies, received);
			agent.close();
			sessions.add(new Pair(sessionId, page, watcher));
		}
		var heapIdle = usedHeapAfterGc();

		var sent = new AtomicLong();
		var runStart = System.nanoTime();
		var peakHeap = new AtomicLong();
		try (var pool = Executors.newScheduledThreadPool(4)) {
			for (var s : sessions) {
				var seq = new AtomicLong();
				// The snapshot first, then the mutations, from one task per page (a socket sends one frame at a time).
				pool.execute(() -> {
					for (var c = 0; c < SNAPSHOT_CHUNKS; c++) {
						s.page().send(frame(s.sessionId(), seq.get(), true, c, SNAPSHOT_CHUNKS, CHUNK_CHARS));
						sent.incrementAndGet();
					}
					seq.incrementAndGet();
				});
				pool.scheduleAtFixedRate(() -> {
					s.page().send(frame(s.sessionId(), seq.getAndIncrement(), false, 0, 1, MUTATION_CHARS));
					sent.incrementAndGet();
				}, 300 + (long) (Math.random() * MUTATION_EVERY.toMillis()), MUTATION_EVERY.toMillis(), TimeUnit.MILLISECONDS);
			}
			var end = System.nanoTime() + RUN.toNanos();
			while (System.nanoTime() < end) {
				Thread.sleep(1_000);
				peakHeap.accumulateAndGet(usedHeap(), Math::max);
			}
			pool.shutdownNow();
		}
		Thread.sleep(1_000);
		var heapLive = usedHeapAfterGc();
		sessions.forEach(s -> {
			s.page().close();
			s.watcher().close();
		});

		var sorted = latencies.stream().mapToLong(Latency::nanos).sorted().toArray();
		// After the 100 snapshots (20 MB at once) have gone: the busy pages' steady state.
		var steady = latencies.stream().filter(l -> l.sentAt() > runStart + STEADY_AFTER.toNanos())
			.mapToLong(Latency::nanos).sorted().toArray();
		var report = String.format("""
				| frames | sessions | frames sent | frames received | p50 ms | p95 ms | p99 ms | max ms |
				|---|---|---|---|---|---|---|---|
				| all (snapshots too) | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |
				| steady (after %d s) | %d | | %d | %.1f | %.1f | %.1f | %.1f |

				| heap before MB | heap, %d idle sessions MB | heap after the run MB | peak heap during the run (no GC) MB |
				|---|---|---|---|
				| %d | %d | %d | %d |
				""", SESSIONS, sent.get(), received.get(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
				sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, STEADY_AFTER.toSeconds(), SESSIONS, steady.length,
				ms(steady, 0.50), ms(steady, 0.95), ms(steady, 0.99), steady.length == 0 ? 0 : steady[steady.length - 1] / 1e6,
				SESSIONS, heapBefore >> 20, heapIdle >> 20, heapLive >> 20, peakHeap.get() >> 20);
		System.out.println(report);
		Files.writeString(Path.of("target/cobrowse-relay.md"), report);
		assertThat(sorted).isNotEmpty();
	}

	record Latency(long sentAt, long nanos) {
	}

	record Pair(String sessionId, SocketClient page, Watcher watcher) {
	}

	/** A page frame whose data starts with the send time, padded to {@code chars}. */
	static String frame(String sessionId, long seq, boolean full, int chunk, int chunks, int chars) {
		var stamp = "t" + System.nanoTime() + ";";
		var pad = new char[Math.max(0, chars - stamp.length())];
		Arrays.fill(pad, 'x');
		return "{\"type\":\"cobrowse_events\",\"payload\":{\"sessionId\":\"" + sessionId + "\",\"seq\":" + seq
				+ ",\"full\":" + full + ",\"chunk\":" + chunk + ",\"chunks\":" + chunks + ",\"data\":\"" + stamp
				+ new String(pad) + "\"}}";
	}

	static double ms(long[] sorted, double quantile) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
	}

	static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	static long usedHeapAfterGc() throws InterruptedException {
		System.gc();
		Thread.sleep(300);
		return usedHeap();
	}

	/** The agent's socket: authenticates, watches the session, and times each relayed frame from its stamp. */
	static final class Watcher implements WebSocket.Listener, AutoCloseable {

		private final StringBuilder partial = new StringBuilder();
		private final ConcurrentLinkedQueue<Latency> latencies;
		private final AtomicLong received;
		private WebSocket socket;
		private final java.util.concurrent.CountDownLatch authenticated = new java.util.concurrent.CountDownLatch(1);

		private Watcher(ConcurrentLinkedQueue<Latency> latencies, AtomicLong received) {
			this.latencies = latencies;
			this.received = received;
		}

		static Watcher connect(Api api, String token, String sessionId, ConcurrentLinkedQueue<Latency> latencies,
				AtomicLong received) throws Exception {
			var http = api.uri("/ws");
			var watcher = new Watcher(latencies, received);
			watcher.socket = HttpClient.newHttpClient().newWebSocketBuilder()
				.buildAsync(URI.create("ws://" + http.getHost() + ":" + http.getPort() + "/ws"), watcher).join();
			watcher.socket.sendText("{\"type\":\"authenticate\",\"token\":\"" + token + "\"}", true).join();
			watcher.authenticated.await(10, TimeUnit.SECONDS);
			watcher.socket.sendText("{\"type\":\"cobrowse_watch\",\"payload\":{\"sessionId\":\"" + sessionId + "\"}}", true)
				.join();
			return watcher;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				var at = System.nanoTime();
				var text = partial.toString();
				partial.setLength(0);
				if (text.startsWith("{\"type\":\"auth_success\"")) {
					authenticated.countDown();
				}
				var stamp = text.indexOf("\"data\":\"t");
				if (text.startsWith("{\"type\":\"cobrowse_events\"") && stamp > 0) {
					var from = stamp + 9;
					var sentAt = Long.parseLong(text, from, text.indexOf(';', from), 10);
					latencies.add(new Latency(sentAt, at - sentAt));
					received.incrementAndGet();
				}
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public void close() {
			socket.abort();
		}
	}
}
