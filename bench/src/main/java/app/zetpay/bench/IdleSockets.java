package app.zetpay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds many idle customer sockets on one node, each sending a {@code ping} every few seconds as the
 * app does, and reads the server's resident memory meanwhile (issue 18: 10,000 idle sockets under
 * 1 GB). Every ping must be answered and no socket dropped, or the run fails.
 */
public final class IdleSockets implements ChatSocket.Frames {

	static final String USAGE = """
			Usage: IdleSockets --url http://localhost:8080 --sockets N --server-pid PID
			  [--ping-seconds 25] [--hold-seconds 60] [--customer-tokens dev|idp] [--idp-key FILE] [--idp-port 8098]
			""";

	private final AtomicLong pongs = new AtomicLong();
	private final AtomicLong pings = new AtomicLong();
	private final AtomicLong closed = new AtomicLong();
	private final AtomicLong failedSends = new AtomicLong();
	private final Map<String, Integer> closeReasons = new java.util.concurrent.ConcurrentHashMap<>();

	public static void main(String[] args) throws Exception {
		var values = new java.util.HashMap<String, String>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				System.err.print(USAGE);
				System.exit(2);
			}
			values.put(args[i].substring(2), args[i + 1]);
		}
		if (!values.containsKey("sockets") || !values.containsKey("server-pid")) {
			System.err.print(USAGE);
			System.exit(2);
		}
		System.exit(new IdleSockets().run(URI.create(values.getOrDefault("url", "http://localhost:8080")),
				Integer.parseInt(values.get("sockets")), Long.parseLong(values.get("server-pid")),
				Duration.ofSeconds(Long.parseLong(values.getOrDefault("ping-seconds", "25"))),
				Duration.ofSeconds(Long.parseLong(values.getOrDefault("hold-seconds", "60"))),
				values.getOrDefault("customer-tokens", "dev"), Path.of(values.getOrDefault("idp-key",
						System.getProperty("user.home") + "/.zetpay-bench/idp-key.der")),
				Integer.parseInt(values.getOrDefault("idp-port", "8098"))));
	}

	private int run(URI url, int count, long serverPid, Duration pingEvery, Duration hold, String tokens, Path idpKey,
			int idpPort) throws Exception {
		var json = JsonMapper.builder().build();
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var api = new Api(http, url, json);
		TestIdentityProvider idp = "idp".equals(tokens) ? TestIdentityProvider.start(idpKey, idpPort, json) : null;
		var clients = new ArrayList<HttpClient>();
		for (int i = 0; i < Math.clamp(count / 1_000 + 1, 1, 16); i++) {
			clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build());
		}
		var socketUri = URI.create(url.toString().replaceFirst("^http", "ws").replaceAll("/+$", "") + "/ws");
		var run = Long.toHexString(ThreadLocalRandom.current().nextLong()).substring(0, 6);
		var sockets = new ConcurrentLinkedQueue<ChatSocket>();
		var rssBefore = rssMb(serverPid);
		var started = System.nanoTime();
		var permits = new Semaphore(64);
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count; i++) {
				var index = i;
				executor.submit(() -> {
					permits.acquire();
					try {
						var userId = "idle-" + run + "-" + index;
						var token = idp != null ? idp.customerToken(userId, "Idle " + index)
								: api.devToken(userId, "Idle " + index);
						sockets.add(ChatSocket.open(clients.get(index % clients.size()), socketUri, token, userId, json,
								this).join());
					}
					catch (CompletionException e) {
						System.err.println("socket " + index + " did not open: " + e.getCause());
					}
					finally {
						permits.release();
					}
					return null;
				});
			}
		}
		var opened = sockets.size();
		System.out.printf(Locale.ROOT, "%d of %d sockets open in %.1f s; server RSS %d MB before, %d MB now%n", opened,
				count, (System.nanoTime() - started) / 1e9, rssBefore, rssMb(serverPid));
		var peak = 0L;
		var holdUntil = System.nanoTime() + hold.toNanos();
		var list = List.copyOf(sockets);
		var ping = json.writeValueAsString(Map.of("type", "ping"));
		var step = Math.max(1, pingEvery.toMillis() * 1_000_000 / Math.max(1, list.size()));
		var next = System.nanoTime();
		var lastReport = System.nanoTime();
		// Pings spread evenly over the interval, as many clients' timers would be.
		for (var i = 0L; System.nanoTime() < holdUntil; i++) {
			list.get((int) (i % list.size())).send(ping);
			pings.incrementAndGet();
			next += step;
			var wait = next - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			if (System.nanoTime() - lastReport > 5_000_000_000L) {
				lastReport = System.nanoTime();
				var rss = rssMb(serverPid);
				peak = Math.max(peak, rss);
				System.out.printf(Locale.ROOT, "  RSS %d MB, pings %d, pongs %d, closed %d%n", rss, pings.get(),
						pongs.get(), closed.get());
			}
		}
		Thread.sleep(2_000);
		var rss = rssMb(serverPid);
		peak = Math.max(peak, rss);
		var passed = opened == count && closed.get() == 0 && failedSends.get() == 0 && pongs.get() >= pings.get();
		System.out.printf(Locale.ROOT,
				"%d idle sockets held %d s, a ping every %d s each: server RSS peak %d MB (end %d MB); pings %d, pongs %d, "
						+ "sockets closed by the server %d, failed sends %d%n%s%n",
				opened, hold.toSeconds(), pingEvery.toSeconds(), peak, rss, pings.get(), pongs.get(), closed.get(),
				failedSends.get(), passed ? "PASS" : "FAIL");
		if (!closeReasons.isEmpty()) {
			System.out.println("Closed by the server: " + closeReasons);
		}
		list.forEach(ChatSocket::close);
		if (idp != null) {
			idp.close();
		}
		return passed ? 0 : 1;
	}

	private static long rssMb(long pid) throws IOException {
		for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
			}
		}
		return -1;
	}

	@Override
	public void received(ChatSocket socket, JsonNode frame, long receivedAt) {
		if ("pong".equals(frame.path("type").asString())) {
			pongs.incrementAndGet();
		}
	}

	@Override
	public void sendFailed(ChatSocket socket, String frame, Throwable cause) {
		failedSends.incrementAndGet();
	}

	@Override
	public void closed(ChatSocket socket, String reason) {
		closed.incrementAndGet();
		closeReasons.merge(reason, 1, Integer::sum);
	}
}
