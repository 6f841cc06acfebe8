package app.zetpay.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one run does, from {@code --name value} arguments. Every field has a default so a bare run
 * against a local embedded server works; {@link #USAGE} lists them.
 *
 * @param url the server, loopback only
 * @param agentUrl where the agents' sockets connect: another node of the same cluster puts every
 *        delivery across nodes (customer on one, agent on the other); the same as {@code url} by default
 * @param conversations chats opened, each with its own customer and customer socket
 * @param messages messages per conversation in the measured window
 * @param warmup messages per conversation sent (and checked) before the measured window
 * @param warmupTime the warm-up stops sending after this long even if not all were sent
 * @param conversationsPerAgent how many chats share one agent account and its socket
 * @param senders who writes: only the customer, or customer and agent taking turns
 * @param rate total messages per second to aim for; 0 sends as fast as the window allows
 * @param window messages a conversation may have in flight (sent, not yet acked and delivered)
 * @param senderLimit the server's per-sender send limit to stay under, or null to ignore it
 * @param textLength characters per message text
 * @param grace how long to wait for a delivery before calling it lost (also the stall limit)
 * @param maxDuration hard limit on the measured window
 * @param setupParallelism concurrent HTTP calls and socket handshakes during setup
 * @param adminEmail the admin who creates the bench agents
 * @param adminPassword their password; never retried, so a wrong one costs one failed sign-in
 * @param customerTokens where customer tokens come from
 * @param idpKey the test identity provider's key file (created on first use)
 * @param idpPort where the test identity provider serves its JWKS
 * @param serverPid the server's process, for CPU and RSS from /proc
 * @param label the profile or setup, for the table row
 * @param jsonOut where to write the results as JSON, or null
 * @param runId makes this run's customer ids, agent emails and client message ids unique
 * @param cleanup whether to close the chats and disable the agents afterwards
 */
record Options(URI url, URI agentUrl, int conversations, int messages, int warmup, Duration warmupTime,
		int conversationsPerAgent, Senders senders, double rate, int window, SenderLimit senderLimit, int textLength,
		Duration grace, Duration maxDuration, int setupParallelism, String adminEmail, String adminPassword,
		CustomerTokens customerTokens, Path idpKey, int idpPort, long serverPid, String label, Path jsonOut,
		String runId, boolean cleanup) {

	enum Senders {
		/** Every message from the customer; the agent only receives. */
		CUSTOMER,
		/** Customer and agent take turns; with a window above 1 both write at once. */
		ALTERNATE
	}

	/** At most {@code messages} per {@code window} from one sender, as the server enforces. */
	record SenderLimit(int messages, Duration window) {

		static SenderLimit parse(String text) {
			if (text.equals("off")) {
				return null;
			}
			var parts = text.split("/");
			if (parts.length != 2 || !parts[0].matches("[1-9][0-9]*") || !parts[1].matches("[1-9][0-9]*s")) {
				throw new IllegalArgumentException("--sender-limit: <messages>/<seconds>s such as 30/10s, or off");
			}
			return new SenderLimit(Integer.parseInt(parts[0]),
					Duration.ofSeconds(Long.parseLong(parts[1].substring(0, parts[1].length() - 1))));
		}
	}

	enum CustomerTokens {
		/** {@code POST /api/dev/token}: the embedded default only. */
		DEV,
		/** Signed by this tool's test identity provider, which the server must be configured to trust. */
		IDP
	}

	static final String USAGE = """
			Usage: zetpay-support-bench [--name value]…
			  --url URL                   server, loopback only (http://localhost:8080)
			  --agent-url URL             node the agents' sockets connect to, for a two-node run (--url)
			  --conversations N           chats, one customer socket each (100)
			  --messages M                messages per chat in the measured window (20)
			  --warmup W                  messages per chat before measuring (5)
			  --warmup-seconds S          stop warming up after this long (15)
			  --conversations-per-agent K chats sharing one agent and its socket (50)
			  --senders customer|alternate who writes (customer)
			  --rate R                    total messages/s to aim for; 0 = as fast as the window allows (0)
			  --window W                  messages in flight per chat (1)
			  --sender-limit N/Ss|off     stay under the server's support.chat.send-limit (30/10s)
			  --text-length L             characters per message (80)
			  --grace S                   seconds to wait for a delivery before it counts as lost (10)
			  --max-duration S            hard limit on the measured window, seconds (600)
			  --setup-parallelism P       concurrent setup calls (32)
			  --admin-email E             admin who creates the agents ($SUPPORT_ADMIN_EMAIL or admin@zetpay.local)
			  --admin-password P          their password ($SUPPORT_ADMIN_PASSWORD)
			  --customer-tokens dev|idp   /api/dev/token (embedded) or the bench's own test identity provider (dev)
			  --idp-key FILE              test identity provider's key, made if missing (~/.zetpay-bench/idp-key.der)
			  --idp-port PORT             where the test identity provider serves /jwks.json (8098)
			  --server-pid PID            read the server's CPU and RSS from /proc
			  --label TEXT                first column of the table row (embedded)
			  --json FILE                 also write the results as JSON
			  --run-id ID                 suffix for ids and emails (random)
			  --no-cleanup                leave the chats open and the bench agents enabled
			""";

	private static final String DEFAULT_IDP_KEY = System.getProperty("user.home") + "/.zetpay-bench/idp-key.der";

	static Options parse(String[] args) {
		var values = new HashMap<String, String>();
		var flags = Set.of("no-cleanup", "help");
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --name, got '" + args[i] + "'");
			}
			var name = args[i].substring(2);
			var equals = name.indexOf('=');
			if (equals >= 0) {
				values.put(name.substring(0, equals), name.substring(equals + 1));
			}
			else if (flags.contains(name)) {
				values.put(name, "true");
			}
			else if (i + 1 < args.length) {
				values.put(name, args[++i]);
			}
			else {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
		}
		if (values.containsKey("help")) {
			throw new IllegalArgumentException("");
		}
		var reader = new Reader(values);
		var url = loopback(URI.create(reader.text("url", "http://localhost:8080")));
		var options = new Options(url, loopback(URI.create(reader.text("agent-url", url.toString()))),
				reader.integer("conversations", 100, 1, 100_000), reader.integer("messages", 20, 1, 100_000),
				reader.integer("warmup", 5, 0, 1_000),
				Duration.ofSeconds(reader.integer("warmup-seconds", 15, 1, 3600)),
				reader.integer("conversations-per-agent", 50, 1, 100_000),
				Senders.valueOf(reader.text("senders", "customer").toUpperCase()),
				reader.decimal("rate", 0, 0, 1_000_000), reader.integer("window", 1, 1, 1_000),
				SenderLimit.parse(reader.text("sender-limit", "30/10s")),
				reader.integer("text-length", 80, 40, 4000), Duration.ofSeconds(reader.integer("grace", 10, 1, 600)),
				Duration.ofSeconds(reader.integer("max-duration", 600, 1, 86_400)),
				reader.integer("setup-parallelism", 32, 1, 1024),
				reader.text("admin-email", env("SUPPORT_ADMIN_EMAIL", "admin@zetpay.local")),
				reader.text("admin-password", env("SUPPORT_ADMIN_PASSWORD", "")),
				CustomerTokens.valueOf(reader.text("customer-tokens", "dev").toUpperCase()),
				Path.of(reader.text("idp-key", DEFAULT_IDP_KEY)), reader.integer("idp-port", 8098, 1, 65535),
				reader.integer("server-pid", 0, 0, Integer.MAX_VALUE), reader.text("label", "embedded"),
				values.containsKey("json") ? Path.of(values.remove("json")) : null,
				reader.text("run-id", HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2)),
				!values.containsKey("no-cleanup"));
		values.remove("no-cleanup");
		if (!values.isEmpty()) {
			throw new IllegalArgumentException("Unknown option(s): --" + String.join(", --", values.keySet()));
		}
		if (options.adminPassword().isBlank()) {
			throw new IllegalArgumentException("The bench creates its agents as an admin: pass --admin-password "
					+ "or set SUPPORT_ADMIN_PASSWORD (and --admin-email / SUPPORT_ADMIN_EMAIL).");
		}
		if (!options.runId().matches("[a-z0-9]{1,12}")) {
			throw new IllegalArgumentException("--run-id: 1 to 12 lower-case letters or digits");
		}
		if ((long) options.conversations() * (options.messages() + options.warmup()) > 50_000_000L) {
			throw new IllegalArgumentException("conversations × messages is capped at 50 million");
		}
		return options;
	}

	String senderLimitText() {
		return senderLimit == null ? "off" : senderLimit.messages() + "/" + senderLimit.window().toSeconds() + "s";
	}

	int agents() {
		return (conversations + conversationsPerAgent - 1) / conversationsPerAgent;
	}

	URI socketUri() {
		return socketUri(url);
	}

	URI agentSocketUri() {
		return socketUri(agentUrl);
	}

	private static URI socketUri(URI node) {
		return URI.create(node.toString().replaceFirst("^http", "ws").replaceAll("/+$", "") + "/ws");
	}

	/** A load generator pointed at someone else's server is an attack; refuse anything but this machine. */
	private static URI loopback(URI url) {
		if (!"http".equals(url.getScheme()) || url.getHost() == null) {
			throw new IllegalArgumentException("--url must be http://<loopback host>:<port>");
		}
		try {
			for (var address : InetAddress.getAllByName(url.getHost())) {
				if (!address.isLoopbackAddress()) {
					throw new IllegalArgumentException("--url must point at this machine (loopback), not " + address);
				}
			}
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException("Unknown host in --url: " + url.getHost());
		}
		return url;
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Takes each option out of the map as it is read, so whatever is left over was misspelt. */
	private record Reader(Map<String, String> values) {

		String text(String name, String fallback) {
			var value = values.remove(name);
			return value == null ? fallback : value;
		}

		int integer(String name, int fallback, int min, int max) {
			var number = decimal(name, fallback, min, max);
			if (number != Math.rint(number)) {
				throw new IllegalArgumentException("--" + name + " must be a whole number");
			}
			return (int) number;
		}

		double decimal(String name, double fallback, double min, double max) {
			var value = values.remove(name);
			if (value == null) {
				return fallback;
			}
			try {
				var number = Double.parseDouble(value);
				if (number < min || number > max) {
					throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
				}
				return number;
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'");
			}
		}
	}
}
