package app.zetpay.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

/**
 * Load generator for the live-chat hot path: N chats, each a customer socket and a (shared) agent
 * socket, M messages per chat over {@code /ws}, measured at the receiving side. Setup and warm-up
 * stay outside the measured window. Exits 0 when every check passed, 1 when any failed (a message
 * lost, duplicated, out of order, unacknowledged, an error frame, a dropped socket …), 2 when the
 * run could not be set up.
 */
public final class Bench {

	private static final Duration QUIET = Duration.ofMillis(500);

	private final Options options;
	private final JsonMapper json = JsonMapper.builder().build();

	private Bench(Options options) {
		this.options = options;
	}

	public static void main(String[] args) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			if (!e.getMessage().isEmpty()) {
				System.err.println(e.getMessage());
			}
			System.err.print(Options.USAGE);
			System.exit(2);
			return;
		}
		int status;
		try {
			status = new Bench(options).run();
		}
		catch (IOException | RuntimeException e) {
			System.err.println("Bench failed: " + e.getMessage());
			status = 2;
		}
		// Exit explicitly: HTTP client threads must not keep a finished bench alive.
		System.exit(status);
	}

	private int run() throws IOException {
		var o = options;
		System.out.printf(Locale.ROOT, "Zet Pay Support bench %s → %s: %d chats, %d agents, %d messages per chat "
				+ "(+%d warm-up), senders %s, window %d, rate %s, sender limit %s%n", o.runId(), o.url(),
				o.conversations(), o.agents(), o.messages(), o.warmup(), o.senders().name().toLowerCase(Locale.ROOT),
				o.window(), o.rate() == 0 ? "as fast as possible" : o.rate() + " msg/s", o.senderLimitText());
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
				.build();
		var api = new Api(http, o.url(), json);
		var ledger = new Ledger(json, Math.multiplyExact(o.conversations(), o.messages()));
		TestIdentityProvider idp = null;
		Setup setup = null;
		try {
			Setup.TokenSource tokens = api::devToken;
			if (o.customerTokens() == Options.CustomerTokens.IDP) {
				idp = TestIdentityProvider.start(o.idpKey(), o.idpPort(), json);
				tokens = idp;
			}
			setup = new Setup(o, api, tokens, socketClients(o), json, ledger);
			System.out.println("Setup (not measured):");
			var fleet = setup.run();
			var driver = new Driver(fleet.conversations(), ledger, json, o);
			if (o.warmup() > 0) {
				var warmup = driver.run(Phase.WARMUP, o.warmup(), o.warmupTime());
				System.out.printf(Locale.ROOT, "Warm-up: %d messages in %.1f s (%s)%n", warmup.sent(),
						Driver.elapsed(warmup).toMillis() / 1e3, warmup.stop());
			}
			var probe = new ServerProbe(api, fleet.adminToken(), o.serverPid());
			probe.start();
			System.out.println("Measuring …");
			var run = driver.run(Phase.MEASURE, o.messages(), o.maxDuration());
			var usage = probe.stop();
			awaitQuiet(ledger);
			var results = Results.of(o, run, ledger.tally(run.startedAt(), fleet.sockets()), usage);
			results.print();
			if (o.jsonOut() != null) {
				results.write(o.jsonOut(), json);
				System.out.println("Results written to " + o.jsonOut());
			}
			return results.passed() ? 0 : 1;
		}
		finally {
			if (setup != null) {
				setup.tearDown();
			}
			if (idp != null) {
				idp.close();
			}
		}
	}

	/**
	 * Every message has settled; what may still be on the wire are echoes to senders. Waits until no
	 * frame arrived for a moment (at most the grace period) so the gap check sees them.
	 */
	private void awaitQuiet(Ledger ledger) {
		long deadline = System.nanoTime() + options.grace().toNanos();
		while (System.nanoTime() - ledger.lastFrameAt() < QUIET.toNanos() && deadline - System.nanoTime() > 0) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * Several clients, because each JDK HTTP client reads all its sockets on one selector thread; a
	 * few thousand sockets on one would make the bench, not the server, the bottleneck.
	 */
	private static List<HttpClient> socketClients(Options options) {
		int sockets = options.conversations() + options.agents();
		int count = Math.clamp(sockets / 500 + 1, 1, 8);
		var clients = new ArrayList<HttpClient>(count);
		for (int i = 0; i < count; i++) {
			clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
		}
		return clients;
	}
}
