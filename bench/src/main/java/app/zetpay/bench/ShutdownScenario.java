package app.zetpay.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * Proves that a node stopped with SIGTERM in the middle of a conversation loses nothing: two nodes of
 * the packaged jar in the production profile (PostgreSQL, Redis), customers' sockets and one agent's
 * on node 1, another agent's on node 2, a steady stream of messages both ways, then SIGTERM to node
 * 1. Its clients must be closed with 1012 and carry on through node 2 (resume, re-send what was not
 * acknowledged with the same clientMessageId). Passes when every message is acknowledged and stored
 * exactly once in the order its sender wrote it (history API), each reached the other participant,
 * node 1 exited 0 within the budget, and node 1 logged no warning or error once signalled.
 * <p>
 * Exit status: 0 pass, 1 a check failed, 2 the scenario could not run. {@code .ci/shutdown-test}
 * prepares the database and Redis and runs it; see the bench README.
 */
public final class ShutdownScenario {

	private static final Pattern LOG_PROBLEM = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s|^Exception|^WARNING:|^\\tat ");
	private static final Pattern WRITER_STOPPED = Pattern.compile("Chat writer stopped: (\\d+) messages were queued");
	private static final Pattern SOCKETS_CLOSED = Pattern.compile("Closed (\\d+) sockets with 1012");

	/** Every check the verdict makes, by the name its failures are reported under. */
	private static final List<String> CHECKS = List.of("error frames", "unexpected acks",
			"acknowledged as two messages", "acknowledged out of order", "first send acknowledged as a replay",
			"messages of other chats", "sockets closed by the node that keeps running",
			"clients that could not reconnect", "never acknowledged", "not settled", "acknowledged but never delivered",
			"sockets not closed with 1012", "clients that did not carry on", "node 1 did not exit",
			"node 1 exit status not 0", "node 1 too slow to exit", "node 1 logged a warning or error while stopping",
			"history out of seq order", "stored twice", "acknowledged but not stored", "stored out of the order written",
			"stored count differs from written", "node 2 did not exit 0 when stopped idle",
			"node 2 logged a warning or error while stopping");

	private final ScenarioOptions options;
	private final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
	private final String runId = Long.toString(new SecureRandom().nextLong() & 0xffffffL, 36);
	/** Problems by kind, each with its examples, in the order first seen. */
	private final Map<String, List<String>> problems = new LinkedHashMap<>();
	private final List<ServerNode> nodes = new ArrayList<>();

	private ShutdownScenario(ScenarioOptions options) {
		this.options = options;
	}

	public static void main(String[] args) {
		ScenarioOptions options;
		try {
			options = ScenarioOptions.parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.print(ScenarioOptions.USAGE);
			System.exit(2);
			return;
		}
		var scenario = new ShutdownScenario(options);
		int status;
		try {
			status = scenario.run();
		}
		catch (Exception e) {
			System.err.println("SHUTDOWN SCENARIO COULD NOT RUN: " + e);
			status = 2;
		}
		finally {
			scenario.nodes.forEach(ServerNode::kill);
		}
		System.exit(status);
	}

	/** A chat of the scenario: its customer and its agent. */
	private record Chat(String id, ResumingClient customer, ResumingClient agent, String customerToken) {
	}

	private int run() throws IOException, InterruptedException {
		var o = options;
		Files.createDirectories(o.work());
		System.out.printf(Locale.ROOT, "Shutdown scenario %s: %d chats, a message every %d ms, SIGTERM to node 1 after "
				+ "%d s, %d s more on node 2%n", runId, o.conversations(), o.intervalMillis(), o.before().toSeconds(),
				o.after().toSeconds());
		try (var idp = TestIdentityProvider.start(o.work().resolve("idp-key.der"), o.idpPort(), json)) {
			var adminPassword = "shutdown-" + runId + "-admin";
			var environment = environment(adminPassword);
			var node1 = ServerNode.start("node1", o.node1Port(), o.java(), o.jar(), o.work(), environment);
			nodes.add(node1);
			node1.awaitReady(http, o.readyTimeout());
			// One after the other: the first start migrates the database.
			var node2 = ServerNode.start("node2", o.node2Port(), o.java(), o.jar(), o.work(), environment);
			nodes.add(node2);
			node2.awaitReady(http, o.readyTimeout());
			System.out.println("Nodes ready: " + node1 + ", " + node2);

			var chats = setUp(new Api(http, node1.http(), json), idp, adminPassword, node1, node2);
			var participants = new LinkedHashMap<String, ResumingClient>();
			chats.forEach(c -> {
				participants.putIfAbsent(c.customer().label(), c.customer());
				participants.putIfAbsent(c.agent().label(), c.agent());
			});
			awaitReady(participants.values());

			var pacing = new Pacing(chats);
			var pacer = Thread.ofPlatform().name("pacing").start(pacing);
			Thread.sleep(o.before());
			var mark = node1.logMark();
			var inFlight = participants.values().stream().mapToLong(ResumingClient::inFlight).sum();
			var signalled = System.nanoTime();
			node1.terminate();
			System.out.printf(Locale.ROOT, "SIGTERM to node 1 with %d messages in flight (sent, not yet acknowledged)%n",
					inFlight);
			var exit = node1.awaitExit(o.budget().plusSeconds(10));
			var exitSeconds = (System.nanoTime() - signalled) / 1e9;
			var remaining = o.after().toNanos() - (System.nanoTime() - signalled);
			if (remaining > 0) {
				Thread.sleep(Duration.ofNanos(remaining));
			}
			pacing.stop();
			pacer.join();
			var settled = settle(participants.values(), chats, Duration.ofSeconds(20));

			var node1Log = node1.logSince(mark);
			report(participants.values(), chats, inFlight, exit, exitSeconds, settled, node1Log);
			verifyHistory(chats, node2);

			participants.values().forEach(ResumingClient::close);
			var node2Mark = node2.logMark();
			var node2Signalled = System.nanoTime();
			node2.terminate();
			var node2Exit = node2.awaitExit(o.budget().plusSeconds(10));
			System.out.printf(Locale.ROOT, "Node 2 (idle) stopped in %.1f s with status %s%n",
					(System.nanoTime() - node2Signalled) / 1e9, node2Exit.isPresent() ? node2Exit.getAsInt() : "none");
			check(node2Exit.isPresent() && node2Exit.getAsInt() == 0, "node 2 did not exit 0 when stopped idle",
					"status " + (node2Exit.isPresent() ? node2Exit.getAsInt() : "none"));
			logProblems("node 2", node2.logSince(node2Mark));
		}
		synchronized (problems) {
			var failed = problems.size();
			var passed = CHECKS.stream().filter(check -> !problems.containsKey(check)).count();
			if (failed > 0) {
				System.out.println("FAIL:");
				problems.forEach((kind, examples) -> {
					System.out.printf(Locale.ROOT, "  %s: %d%n", kind, examples.size());
					examples.stream().limit(5).forEach(example -> System.out.println("    " + example));
				});
			}
			System.out.printf(Locale.ROOT, "shutdown-scenario: %d passed, %d failed%n", passed, failed);
			return failed == 0 ? 0 : 1;
		}
	}

	private void problem(String kind, String example) {
		synchronized (problems) {
			problems.computeIfAbsent(kind, k -> new ArrayList<>()).add(example);
		}
	}

	private Map<String, String> environment(String adminPassword) {
		var env = new HashMap<String, String>();
		env.put("SPRING_PROFILES_ACTIVE", "prod");
		env.put("SUPPORT_DB_URL", options.databaseUrl());
		env.put("SUPPORT_DB_POOL_SIZE", "8");
		env.put("SUPPORT_REDIS_URL", options.redisUrl());
		env.put("SUPPORT_IDENTITY_ISSUERS_0_ISSUER", TestIdentityProvider.ISSUER);
		env.put("SUPPORT_IDENTITY_ISSUERS_0_JWK_SET_URI", TestIdentityProvider.jwkSetUri(options.idpPort()));
		env.put("SUPPORT_IDENTITY_ISSUERS_0_AUDIENCE", TestIdentityProvider.AUDIENCE);
		env.put("SUPPORT_ADMIN_EMAIL", "shutdown-" + runId + "@zetpay.test");
		env.put("SUPPORT_ADMIN_PASSWORD", adminPassword);
		env.put("SUPPORT_PAYMENTS_ADAPTER", "demo");
		// Every participant writes far more often than a person; the send limit is not under test.
		env.put("SUPPORT_CHAT_SEND_LIMIT_MESSAGES", "1000000");
		// Neither the help centre nor the bot takes part: no seeding, which would cost a minute of CPU.
		env.put("SUPPORT_HELPCENTER_SEED", "false");
		env.put("SUPPORT_BOT_SEED", "false");
		return env;
	}

	/**
	 * Two agents (one socket on each node) and the chats, opened straight with an agent: customers
	 * and the first agent on node 1, the second agent on node 2.
	 */
	private List<Chat> setUp(Api api, TestIdentityProvider idp, String adminPassword, ServerNode node1,
			ServerNode node2) {
		var admin = api.login("shutdown-" + runId + "@zetpay.test", adminPassword);
		var agents = new ArrayList<ResumingClient>();
		var agentIds = new ArrayList<String>();
		for (int i = 0; i < 2; i++) {
			var email = "agent" + i + "-" + runId + "@zetpay.test";
			var password = "agent-" + runId + "-" + i + "-password";
			api.createAgent(admin.token(), email, "Agent " + i, password, "payments", options.conversations());
			var signedIn = api.login(email, password);
			agentIds.add(signedIn.id());
			agents.add(new ResumingClient("agent" + i, signedIn.token(), http, json, this::problem));
		}
		var chats = new ArrayList<Chat>();
		for (int i = 0; i < options.conversations(); i++) {
			var token = idp.customerToken("shutdown-" + runId + "-c" + i, "Customer " + i);
			var chat = api.initiate(token, agentIds.get(i % 2));
			var customer = new ResumingClient("customer" + i, token, http, json, this::problem);
			customer.join(chat.id());
			agents.get(i % 2).join(chat.id());
			chats.add(new Chat(chat.id(), customer, agents.get(i % 2), token));
		}
		agents.get(0).connect(node1.socket(), node2.socket());
		agents.get(1).connect(node2.socket(), node2.socket());
		chats.forEach(c -> c.customer().connect(node1.socket(), node2.socket()));
		return chats;
	}

	private static void awaitReady(Iterable<ResumingClient> participants) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (var participant : participants) {
			while (!participant.ready()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(participant.label() + " did not resume its chats");
				}
				Thread.sleep(20);
			}
		}
	}

	/** Writes one message every interval, taking chats in turn and customer and agent in turn. */
	private final class Pacing implements Runnable {

		private final List<Chat> chats;
		private volatile boolean running = true;

		Pacing(List<Chat> chats) {
			this.chats = chats;
		}

		@Override
		public void run() {
			var interval = Duration.ofMillis(options.intervalMillis()).toNanos();
			var next = System.nanoTime();
			for (long tick = 0; running; tick++) {
				var chat = chats.get((int) (tick % chats.size()));
				var writer = (tick / chats.size()) % 2 == 0 ? chat.customer() : chat.agent();
				writer.write(chat.id(), runId);
				next += interval;
				LockSupport.parkNanos(next - System.nanoTime());
			}
		}

		void stop() {
			running = false;
		}
	}

	/** Waits until every message is acknowledged and has reached the other side; false if it never did. */
	private static boolean settle(Iterable<ResumingClient> participants, List<Chat> chats, Duration timeout)
			throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			var done = true;
			for (var participant : participants) {
				done &= participant.unacknowledged() == 0;
			}
			for (var chat : chats) {
				done &= undelivered(chat).isEmpty();
			}
			if (done) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private static List<String> undelivered(Chat chat) {
		var missing = new ArrayList<String>();
		for (var message : chat.customer().written(chat.id())) {
			if (message.acked() && !chat.agent().received(message.messageId)) {
				missing.add(message.clientMessageId + " never reached " + chat.agent().label());
			}
		}
		for (var message : chat.agent().written(chat.id())) {
			if (message.acked() && !chat.customer().received(message.messageId)) {
				missing.add(message.clientMessageId + " never reached " + chat.customer().label());
			}
		}
		return missing;
	}

	private void report(Iterable<ResumingClient> participants, List<Chat> chats, long inFlight,
			OptionalInt exit, double exitSeconds, boolean settled, List<String> node1Log) {
		long written = 0;
		long replayed = 0;
		long resent = 0;
		var reconnectMillis = new ArrayList<Double>();
		var codes = new ArrayList<Integer>();
		int duplicates = 0;
		for (var participant : participants) {
			for (var message : participant.written()) {
				written++;
				replayed += message.replayed ? 1 : 0;
				resent += message.sends > 1 ? 1 : 0;
				check(message.acked(), "never acknowledged", participant.label() + ": " + message.clientMessageId);
			}
			participant.reconnects().forEach(r -> reconnectMillis.add((r.readyAt() - r.closedAt()) / 1e6));
			codes.addAll(participant.closeCodes());
			duplicates += participant.duplicateDeliveries();
		}
		chats.forEach(chat -> undelivered(chat).forEach(missing -> problem("acknowledged but never delivered", missing)));
		check(settled, "not settled", "messages still unacknowledged or undelivered 20 s after the last was written");
		// Every customer and the first agent were on node 1.
		var expectedCloses = chats.size() + 1;
		check(codes.size() == expectedCloses && codes.stream().allMatch(code -> code == 1012),
				"sockets not closed with 1012", "expected " + expectedCloses + " closes with 1012, got " + codes);
		check(reconnectMillis.size() == expectedCloses, "clients that did not carry on", "only "
				+ reconnectMillis.size() + " of " + expectedCloses + " clients reconnected and resumed");
		check(exit.isPresent(), "node 1 did not exit", "still running " + (options.budget().toSeconds() + 10)
				+ " s after SIGTERM");
		exit.ifPresent(status -> check(status == 0, "node 1 exit status not 0", "status " + status));
		check(exitSeconds <= options.budget().toSeconds(), "node 1 too slow to exit", String.format(Locale.ROOT,
				"%.1f s, more than %d s", exitSeconds, options.budget().toSeconds()));
		logProblems("node 1", node1Log);
		reconnectMillis.sort(null);
		System.out.printf(Locale.ROOT, "Messages written: %d, all acknowledged: %s, re-sent after the reconnect: %d "
				+ "(of which the server had stored already: %d)%n", written, written == countAcked(participants), resent,
				replayed);
		System.out.printf(Locale.ROOT, "Node 1: exit status %s after %.2f s; writer stored %s queued messages while "
				+ "stopping; %s sockets closed with 1012%n", exit.isPresent() ? exit.getAsInt() : "none", exitSeconds,
				first(node1Log, WRITER_STOPPED), first(node1Log, SOCKETS_CLOSED));
		if (!reconnectMillis.isEmpty()) {
			System.out.printf(Locale.ROOT, "Reconnect (closed by node 1 → resumed on node 2): min %.0f ms, median %.0f ms, "
					+ "max %.0f ms; duplicate deliveries ignored: %d%n", reconnectMillis.getFirst(),
					reconnectMillis.get(reconnectMillis.size() / 2), reconnectMillis.getLast(), duplicates);
		}
	}

	private static long countAcked(Iterable<ResumingClient> participants) {
		long acked = 0;
		for (var participant : participants) {
			acked += participant.written().stream().filter(ResumingClient.Message::acked).count();
		}
		return acked;
	}

	private static String first(List<String> log, Pattern pattern) {
		for (var line : log) {
			var matcher = pattern.matcher(line);
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		return "?";
	}

	private void logProblems(String node, List<String> log) {
		var found = log.stream().filter(line -> LOG_PROBLEM.matcher(line).find()).toList();
		found.forEach(line -> problem(node + " logged a warning or error while stopping", line));
	}

	/**
	 * Every acknowledged message is stored exactly once, under the id its ack named, and each
	 * sender's messages are stored in the order written; nothing the scenario wrote is stored twice.
	 */
	private void verifyHistory(List<Chat> chats, ServerNode node2) throws IOException, InterruptedException {
		long stored = 0;
		for (var chat : chats) {
			var history = ChatHistory.read(http, node2.http(), chat.customerToken(), chat.id(), json);
			var byId = new HashMap<String, ChatHistory.Stored>();
			var clientIds = new HashSet<String>();
			long lastSeq = 0;
			for (var message : history) {
				check(message.seq() > lastSeq, "history out of seq order", chat.id() + ": seq " + message.seq() + " after "
						+ lastSeq);
				lastSeq = message.seq();
				byId.put(message.id(), message);
				if (!message.clientMessageId().isEmpty()) {
					check(clientIds.add(message.senderId() + "/" + message.clientMessageId()), "stored twice",
							chat.id() + ": " + message.clientMessageId());
				}
			}
			for (var writer : List.of(chat.customer(), chat.agent())) {
				long previous = 0;
				for (var message : writer.written(chat.id())) {
					if (!message.acked()) {
						continue;
					}
					var found = byId.get(message.messageId);
					if (found == null || !found.clientMessageId().equals(message.clientMessageId)) {
						problem("acknowledged but not stored", chat.id() + ": " + message.clientMessageId + " ("
								+ message.messageId + ")");
						continue;
					}
					stored++;
					check(found.seq() > previous, "stored out of the order written", chat.id() + ": "
							+ message.clientMessageId + " before an earlier message of " + writer.label());
					previous = found.seq();
				}
			}
			var written = chat.customer().written(chat.id()).size() + chat.agent().written(chat.id()).size();
			check(clientIds.size() == written, "stored count differs from written", chat.id() + ": "
					+ clientIds.size() + " stored for " + written + " written");
		}
		System.out.printf(Locale.ROOT, "History on node 2: %d acknowledged messages found, each once and in order%n",
				stored);
	}

	private void check(boolean condition, String kind, String example) {
		if (!condition) {
			problem(kind, example);
		}
	}

	/** Where the scenario runs; see {@link #USAGE}. */
	record ScenarioOptions(Path jar, Path java, Path work, String databaseUrl, String redisUrl, int node1Port,
			int node2Port, int idpPort, int conversations, int intervalMillis, Duration before, Duration after,
			Duration budget, Duration readyTimeout) {

		static final String USAGE = """
				Usage: java -cp zetpay-support-bench.jar app.zetpay.bench.ShutdownScenario --jar FILE --work DIR \\
				    --db-url JDBC_URL --redis-url URL [options]
				  --node1-port P / --node2-port P   ports of the two nodes (8201, 8202)
				  --idp-port P                      the test identity provider's JWKS port (8298)
				  --conversations N                 chats (6)
				  --interval-ms MS                  one message every MS ms, over all chats (4)
				  --before S / --after S            seconds of traffic before SIGTERM and after it (4, 6)
				  --budget S                        node 1 must exit within S seconds of SIGTERM (20)
				  --java FILE                       the JDK 25 to run the nodes with (this JVM's)
				""";

		static ScenarioOptions parse(String[] args) {
			var values = new HashMap<String, String>();
			for (int i = 0; i < args.length; i += 2) {
				if (!args[i].startsWith("--") || i + 1 >= args.length) {
					throw new IllegalArgumentException("Unexpected argument: " + args[i]);
				}
				values.put(args[i].substring(2), args[i + 1]);
			}
			for (var required : List.of("jar", "work", "db-url", "redis-url")) {
				if (!values.containsKey(required)) {
					throw new IllegalArgumentException("--" + required + " is required");
				}
			}
			var java = values.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
			return new ScenarioOptions(Path.of(values.get("jar")), Path.of(java), Path.of(values.get("work")),
					values.get("db-url"), values.get("redis-url"), number(values, "node1-port", 8201),
					number(values, "node2-port", 8202), number(values, "idp-port", 8298),
					number(values, "conversations", 6), number(values, "interval-ms", 4),
					Duration.ofSeconds(number(values, "before", 4)), Duration.ofSeconds(number(values, "after", 6)),
					Duration.ofSeconds(number(values, "budget", 20)), Duration.ofSeconds(number(values, "ready-timeout",
							240)));
		}

		private static int number(Map<String, String> values, String name, int fallback) {
			var value = values.get(name);
			try {
				return value == null ? fallback : Integer.parseInt(value);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("--" + name + " must be a number: " + value);
			}
		}
	}
}
