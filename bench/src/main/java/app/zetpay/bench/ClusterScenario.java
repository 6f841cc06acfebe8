package app.zetpay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static app.zetpay.bench.Participant.chatMessage;
import static app.zetpay.bench.Participant.type;

/**
 * The cluster test's scenario (run by {@code .ci/cluster-test} against {@code deploy/cluster.sh}),
 * driving the cluster only through nginx: a customer and an agent whose sockets are on different
 * nodes (nginx names the node in {@code X-Upstream-Addr}); a chat with the triage bot once its first
 * model is served on every node; the handover to the agent; the agent's reply; a ticket from the
 * chat; then, while both are writing, the customer's node is killed with SIGKILL, the customer
 * reconnects through nginx to the surviving node, resumes from its last seq and goes on. The verdict
 * ({@link ConversationCheck}): nothing acknowledged lost or duplicated, the same order for the
 * customer, the agent and the stored history. Exit status 0 when all held, 1 on any failure (each
 * named), 2 on bad arguments.
 */
public final class ClusterScenario {

	static final String USAGE = """
			Usage: ClusterScenario --url http://127.0.0.1:8100 --admin-email E --admin-password P --idp-key FILE
			         --node 127.0.0.1:8101=PIDFILE --node 127.0.0.1:8102=PIDFILE [--messages 24] [--kill-after 8]
			         [--model-wait-seconds 300]
			""";
	private static final Duration STEP = Duration.ofSeconds(30);
	private static final Duration CUSTOMER_PACE = Duration.ofMillis(150);
	private static final Duration AGENT_PACE = Duration.ofMillis(300);

	/** A step or check that did not hold: the scenario stops and says why. */
	static final class Failure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Failure(String message) {
			super(message);
		}
	}

	private record Node(String address, Path pidFile) {
	}

	private final URI url;
	private final String adminEmail;
	private final String adminPassword;
	private final Path idpKey;
	private final List<Node> nodes;
	private final int messages;
	private final int killAfter;
	private final Duration modelWait;
	private final String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
	private final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
	private final HttpClient socketHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final Rest rest;
	private final Api api;
	private final Map<String, String> measured = new LinkedHashMap<>();
	private final long started = System.nanoTime();

	private ClusterScenario(Map<String, List<String>> args) {
		url = URI.create(one(args, "url"));
		adminEmail = one(args, "admin-email");
		adminPassword = one(args, "admin-password");
		idpKey = Path.of(one(args, "idp-key"));
		nodes = args.getOrDefault("node", List.of()).stream().map(ClusterScenario::node).toList();
		if (nodes.size() != 2) {
			throw new IllegalArgumentException("--node: give both nodes as ADDRESS=PIDFILE");
		}
		messages = Integer.parseInt(args.getOrDefault("messages", List.of("24")).getFirst());
		killAfter = Integer.parseInt(args.getOrDefault("kill-after", List.of("8")).getFirst());
		modelWait = Duration.ofSeconds(Long.parseLong(args.getOrDefault("model-wait-seconds", List.of("300")).getFirst()));
		if (killAfter < 1 || killAfter >= messages) {
			throw new IllegalArgumentException("--kill-after must be between 1 and --messages - 1");
		}
		rest = new Rest(http, url, json);
		api = new Api(http, url, json);
	}

	public static void main(String[] args) {
		ClusterScenario scenario;
		try {
			scenario = new ClusterScenario(parse(args));
		}
		catch (RuntimeException e) {
			System.err.println(e.getMessage());
			System.err.print(USAGE);
			System.exit(2);
			return;
		}
		System.exit(scenario.run());
	}

	private int run() {
		System.out.printf("Cluster scenario %s through %s%n", runId, url);
		var failures = new ArrayList<String>();
		var repair = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
		Participant customer = null;
		Participant agent = null;
		String adminToken = null;
		String agentId = null;
		String agentToken = null;
		String chatId = null;
		try {
			Rest.expect(rest.get("actuator/health/readiness", null), 200);
			adminToken = api.login(adminEmail, adminPassword).token();
			awaitModel(adminToken);

			var agentEmail = "cluster-" + runId + "@cluster.zetpay.test";
			var agentPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
			agentId = api.createAgent(adminToken, agentEmail, "Cluster Agent", agentPassword, "payments", 4);
			agentToken = api.login(agentEmail, agentPassword).token();
			agent = new Participant("agent", agentToken, url, socketHttp, json, runId);
			var customerId = "cluster-" + runId + "-customer";
			var customerToken = LocalIdentityProvider.token(idpKey, customerId, "Cluster Customer", json);
			customer = new Participant("customer", customerToken, url, socketHttp, json, runId);
			var agentNode = agent.connect();
			var customerNode = apart(customer, agentNode);
			var sides = List.of(customer, agent);
			repair.scheduleWithFixedDelay(() -> sides.forEach(side -> side.repairGaps(System.nanoTime())), 100, 100,
					TimeUnit.MILLISECONDS);

			chatId = botChat(customer, agent, customerToken);
			handOver(customer, agent, agentToken, agentId, chatId);
			agentReplies(customer, agent, chatId);
			var ticketId = ticket(agentToken, customerToken, chatId);
			failOver(customer, agent, chatId, customerNode, agentNode, customerToken);

			var history = history(chatId, customerToken);
			log("verdict: %d messages stored; comparing with what the customer and the agent applied", history.size());
			failures.addAll(ConversationCheck.failures(history, List.of(customer.side(customerId), agent.side(agentId))));
			failures.addAll(customer.problems());
			failures.addAll(agent.problems());
			if (agent.drops() > 0) {
				failures.add("the agent's socket, on the surviving node, dropped " + agent.drops() + " time(s)");
			}
			var ticket = rest.get("api/support/tickets/" + ticketId, customerToken);
			if (ticket.status() != 200) {
				failures.add("after the fail-over the customer cannot read ticket " + ticketId + ": " + ticket.status());
			}
			measured.put("replayed acks (stored before the kill, sent again)", String.valueOf(customer.replayedAcks()));
			measured.put("gap repairs by resume (customer, agent)", customer.gapResumes() + ", " + agent.gapResumes());
		}
		catch (Failure | Api.CallFailed | IllegalStateException e) {
			failures.add(e.getMessage());
		}
		catch (IOException e) {
			failures.add(e.toString());
		}
		finally {
			repair.shutdownNow();
			cleanUp(customer, agent, adminToken, agentId, agentToken, chatId);
		}
		measured.put("scenario", seconds(System.nanoTime() - started));
		System.out.println();
		measured.forEach((what, value) -> System.out.printf("  %-55s %s%n", what, value));
		if (failures.isEmpty()) {
			System.out.println("PASS: nothing acknowledged was lost or duplicated, and the order held");
			return 0;
		}
		System.out.println("FAIL:");
		failures.forEach(f -> System.out.println("  - " + f));
		return 1;
	}

	/** The first model is trained at the first start; wait until it is active and every node serves it. */
	private void awaitModel(String adminToken) {
		var deadline = System.nanoTime() + modelWait.toNanos();
		long version = 0;
		while (version == 0) {
			for (var model : Rest.expect(rest.get("api/admin/bot/models", adminToken), 200)) {
				if (model.path("active").asBoolean()) {
					version = model.path("version").asLong();
				}
			}
			if (version == 0 && System.nanoTime() > deadline) {
				throw new Failure("no active bot model after " + modelWait.toSeconds() + " s; training on one node: "
						+ rest.get("api/admin/bot/models/training", adminToken).body());
			}
			if (version == 0) {
				sleep(Duration.ofSeconds(1));
			}
		}
		var serving = new HashSet<String>();
		while (serving.size() < nodes.size()) {
			var answer = rest.post("api/bot/classify", adminToken, Map.of("text", "I forgot my UPI PIN"));
			if (answer.status() == 200 && answer.body().path("modelVersion").asLong() >= version) {
				serving.add(answer.node());
			}
			if (System.nanoTime() > deadline) {
				throw new Failure("bot model " + version + " is served only by " + serving + " after "
						+ modelWait.toSeconds() + " s");
			}
			sleep(Duration.ofMillis(200));
		}
		log("bot model version %d is active and served by %s", version, serving);
		measured.put("bot model served on every node after", seconds(System.nanoTime() - started));
	}

	/** Reconnects the customer until nginx puts its socket on another node than the agent's. */
	private String apart(Participant customer, String agentNode) throws IOException {
		if (agentNode.equals("unknown")) {
			throw new Failure("nginx did not name the node in its answer to the socket's upgrade (X-Upstream-Addr)");
		}
		var customerNode = customer.connect();
		int tries = 1;
		while (customerNode.equals(agentNode) && tries < 10) {
			customer.disconnect();
			customerNode = customer.connect();
			tries++;
		}
		if (customerNode.equals(agentNode)) {
			throw new Failure("10 customer sockets all landed on the agent's node " + agentNode + ": /ws is not balanced");
		}
		log("agent's socket on %s, customer's on %s (%d connection(s))", agentNode, customerNode, tries);
		return customerNode;
	}

	private String botChat(Participant customer, Participant agent, String customerToken) {
		var chat = Rest.expect(rest.post("api/chat/initiate/support", customerToken,
				Map.of("context", Map.of("screen", "upi_payment"))), 200);
		var chatId = chat.path("id").asString();
		if (!chat.path("status").asString().equals("BOT")) {
			throw new Failure("a new chat should be the bot's first, but " + chatId + " is " + chat.path("status"));
		}
		customer.await(0, chatMessage(chatId, fromBot()), STEP, "the bot's greeting");
		var mark = customer.mark();
		var question = customer.send(chatId, "I forgot my UPI PIN, how do I reset it?");
		var asked = awaitAck(customer, question);
		var answer = customer.await(mark, chatMessage(chatId, fromBot().and(p -> p.path("seq").asLong() > asked.seq())),
				STEP, "the bot's answer").path("payload").path("text").asString();
		if (!answer.contains("UPI PIN") || answer.startsWith("I'm not sure") || answer.startsWith("Sorry")) {
			throw new Failure("the bot did not understand \"I forgot my UPI PIN\"; it answered: " + answer);
		}
		agent.await(0, type("bot_chat_activity").and(f -> f.path("payload").path("chatId").asString().equals(chatId)),
				STEP, "the bot's chat on the agent's socket (bot_chat_activity from the other node)");
		log("bot chat %s: the bot answered with the UPI PIN article; the agent watched it on its node", chatId);
		return chatId;
	}

	private void handOver(Participant customer, Participant agent, String agentToken, String agentId, String chatId) {
		var mark = customer.mark();
		var agentMark = agent.mark();
		customer.send(chatId, "I want to talk to a person");
		// The bot's notice comes as a SYSTEM message.
		customer.await(mark, chatMessage(chatId, p -> p.path("text").asString()
				.startsWith("I'm connecting you to a person")), STEP, "the bot handing over");
		agent.await(agentMark, chatMessage(chatId, p -> true), STEP, "the handed-over chat on the agent's socket");
		var session = poll(() -> rest.get("api/chat/" + chatId, agentToken).body(),
				s -> agentId.equals(s.path("assignedAgentId").asString()), "the chat assigned to the agent");
		if (!session.path("handoverNote").asString().startsWith("Handed over by the bot")) {
			throw new Failure("the agent got no handover note from the bot: " + session.path("handoverNote"));
		}
		awaitCaughtUp(List.of(agent), chatId, session.path("lastSeq").asLong());
		log("handed over to the agent, who caught up on the bot's part by resume (seq 1..%d)",
				session.path("lastSeq").asLong());
	}

	private void agentReplies(Participant customer, Participant agent, String chatId) {
		var mark = customer.mark();
		long sentAt = System.nanoTime();
		var reply = agent.send(chatId, "Hello, I'm your agent. I can see what the assistant told you.");
		customer.await(mark, chatMessage(chatId, p -> reply.equals(p.path("clientMessageId").asString())), STEP,
				"the agent's reply");
		measured.put("agent's reply, agent's node → customer's node", millis(System.nanoTime() - sentAt));
	}

	private String ticket(String agentToken, String customerToken, String chatId) {
		var ticket = Rest.expect(rest.post("api/tickets/from-chat/" + chatId, agentToken,
				Map.of("issueType", "UPI PIN reset", "priority", "MEDIUM")), 201);
		var ticketId = ticket.path("id").asString();
		if (!chatId.equals(ticket.path("chatId").asString())) {
			throw new Failure("ticket " + ticketId + " from chat " + chatId + " names chat " + ticket.path("chatId"));
		}
		var mine = Rest.expect(rest.get("api/support/tickets", customerToken), 200);
		if (mine.path("items").valueStream().noneMatch(t -> ticketId.equals(t.path("id").asString()))) {
			throw new Failure("the customer's tickets do not list " + ticketId + ": " + mine);
		}
		log("ticket %s from the chat, listed for the customer", ticket.path("number").asString());
		return ticketId;
	}

	private void failOver(Participant customer, Participant agent, String chatId, String customerNode,
			String agentNode, String customerToken) throws IOException {
		var victim = process(customerNode);
		int agentMessages = Math.max(1, messages / 2);
		var agentWriting = Thread.ofVirtual().name("agent-writing").start(() -> {
			for (int i = 1; i <= agentMessages; i++) {
				agent.send(chatId, "agent message " + i + " of " + agentMessages);
				sleep(AGENT_PACE);
			}
		});
		long killedAt = 0;
		for (int i = 1; i <= messages; i++) {
			customer.send(chatId, "customer message " + i + " of " + messages);
			if (i == killAfter) {
				killedAt = System.nanoTime();
				victim.destroyForcibly();
				var inFlight = customer.unackedCount();
				log("SIGKILL to the customer's node %s (pid %d) right after the customer's message %d, %d unacknowledged",
						customerNode, victim.pid(), i, inFlight);
				measured.put("customer's messages unacknowledged at the kill", String.valueOf(inFlight));
			}
			// The last three before the kill go back to back, so some are in flight when it comes.
			if (i < killAfter - 2 || i >= killAfter) {
				sleep(CUSTOMER_PACE);
			}
		}
		try {
			agentWriting.join();
			var reconnect = customer.reconnected().get(STEP.toSeconds(), TimeUnit.SECONDS);
			measured.put("kill → customer's socket closed by nginx", millis(reconnect.droppedAt() - killedAt));
			measured.put("closed → authenticated on the surviving node", millis(reconnect.authenticatedAt()
					- reconnect.droppedAt()));
			measured.put("authenticated → resume_complete", millis(reconnect.resumedAt() - reconnect.authenticatedAt()));
			measured.put("kill → customer resumed (fail-over)", millis(reconnect.resumedAt() - killedAt));
			measured.put("reconnect attempts", String.valueOf(reconnect.attempts()));
			if (!reconnect.node().equals(agentNode)) {
				throw new Failure("the customer reconnected to " + reconnect.node() + ", not the surviving node " + agentNode);
			}
			if (reconnect.attempts() != 1) {
				throw new Failure("the customer needed " + reconnect.attempts() + " attempts to reconnect: nginx should "
						+ "pass the upgrade on to the surviving node itself (proxy_next_upstream)");
			}
			log("customer back on %s and resumed %s after the kill", reconnect.node(),
					millis(reconnect.resumedAt() - killedAt));
		}
		catch (ExecutionException e) {
			throw new Failure(e.getCause().getMessage());
		}
		catch (TimeoutException e) {
			throw new Failure(customer.drops() == 0
					? "the customer's socket stayed open " + STEP.toSeconds() + " s after its node was killed"
					: "the customer did not reconnect within " + STEP.toSeconds() + " s");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Failure("interrupted");
		}
		try {
			poll(() -> customer.unackedCount() + agent.unackedCount(), left -> left == 0, "every message acknowledged");
			var lastSeq = Rest.expect(rest.get("api/chat/" + chatId, customerToken), 200).path("lastSeq").asLong();
			awaitCaughtUp(List.of(customer, agent), chatId, lastSeq);
			log("both sides acknowledged and applied seq 1..%d", lastSeq);
		}
		catch (Failure e) {
			// The verdict names each message that is missing, unacknowledged or out of place.
			log("%s; on to the verdict", e.getMessage());
		}
	}

	/** The node's process, from cluster.sh's pid file, checked to be a cluster node before it is killed. */
	private ProcessHandle process(String address) throws IOException {
		var node = nodes.stream().filter(n -> n.address().equals(address)).findFirst()
				.orElseThrow(() -> new Failure("nginx named node " + address + ", which is none of " + nodes));
		var pid = Long.parseLong(Files.readString(node.pidFile()).strip());
		var process = ProcessHandle.of(pid).orElseThrow(() -> new Failure("node " + address + " (pid " + pid
				+ ") is not running"));
		if (process.info().commandLine().filter(line -> line.contains("zetpay-cluster=")).isEmpty()) {
			throw new Failure("pid " + pid + " in " + node.pidFile() + " is not a cluster node; not killing it");
		}
		return process;
	}

	private List<ChatEntry> history(String chatId, String token) {
		var history = new ArrayList<ChatEntry>();
		while (true) {
			var page = Rest.expect(rest.get("api/chat/" + chatId + "/messages?limit=200&afterSeq="
					+ (history.isEmpty() ? 0 : history.getLast().seq()), token), 200);
			page.valueStream().map(ChatEntry::of).forEach(history::add);
			if (page.size() < 200) {
				return history;
			}
		}
	}

	private void awaitCaughtUp(List<Participant> sides, String chatId, long lastSeq) {
		for (var side : sides) {
			poll(() -> side.lastSeq(chatId), seq -> seq >= lastSeq, side.name() + " applying seq 1.." + lastSeq);
		}
	}

	private ChatEntry awaitAck(Participant side, String clientMessageId) {
		return poll(() -> side.ack(clientMessageId), ack -> ack != null, "the acknowledgement of " + clientMessageId);
	}

	private void cleanUp(Participant customer, Participant agent, String adminToken, String agentId, String agentToken,
			String chatId) {
		for (var side : new Participant[] { customer, agent }) {
			if (side != null) {
				side.close();
			}
		}
		try {
			if (chatId != null && agentToken != null) {
				rest.post("api/chat/" + chatId + "/close", agentToken, Map.of());
			}
			if (agentId != null) {
				api.disableAgent(adminToken, agentId);
			}
		}
		catch (RuntimeException e) {
			System.out.println("Clean-up call failed: " + e.getMessage());
		}
	}

	private static Predicate<JsonNode> fromBot() {
		return payload -> "BOT".equals(payload.path("senderRole").asString());
	}

	private static <T> T poll(Supplier<T> value, Predicate<T> done, String what) {
		var deadline = System.nanoTime() + STEP.toNanos();
		while (true) {
			var current = value.get();
			if (done.test(current)) {
				return current;
			}
			if (System.nanoTime() > deadline) {
				throw new Failure("waited " + STEP.toSeconds() + " s in vain for " + what + " (last: " + current + ")");
			}
			sleep(Duration.ofMillis(50));
		}
	}

	private void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9,
				String.format(Locale.ROOT, format, args));
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String millis(long nanos) {
		return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
	}

	private static Node node(String text) {
		var at = text.indexOf('=');
		if (at < 1) {
			throw new IllegalArgumentException("--node " + text + ": expected ADDRESS=PIDFILE");
		}
		return new Node(text.substring(0, at), Path.of(text.substring(at + 1)));
	}

	private static String one(Map<String, List<String>> args, String name) {
		var values = args.get(name);
		if (values == null || values.size() != 1 || values.getFirst().isBlank()) {
			throw new IllegalArgumentException("--" + name + " is required (once)");
		}
		return values.getFirst();
	}

	private static Map<String, List<String>> parse(String[] args) {
		var parsed = new LinkedHashMap<String, List<String>>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("unexpected argument " + args[i]);
			}
			parsed.computeIfAbsent(args[i].substring(2), name -> new ArrayList<>()).add(args[i + 1]);
		}
		return parsed;
	}
}
