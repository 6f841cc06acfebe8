package app.zetpay.support.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.agents.internal.Router;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

/** The queue and the assignment loop, end to end: real sockets make agents routable. */
@IntegrationTest
class RoutingTests {

	@Autowired
	Api api;

	@Autowired
	Router router;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	AgentFixtures agents;
	final List<SocketClient> sockets = new ArrayList<>();
	final List<String> connectedTokens = new ArrayList<>();
	final List<String[]> chats = new ArrayList<>();

	@BeforeEach
	void setUp() {
		agents = new AgentFixtures(api);
	}

	@AfterEach
	void cleanUp() {
		chats.forEach(chat -> api.post("/api/chat/" + chat[0] + "/close", chat[1], Map.of()));
		sockets.forEach(SocketClient::close);
		// The server sees a close a moment later: until it has, the next test's chats could still be
		// routed to this test's agents (a flake seen on PostgreSQL).
		await().untilAsserted(() -> assertThat(connectedTokens)
			.noneMatch(token -> api.get("/api/agents/me", token).body().path("connected").asBoolean(false)));
	}

	@Test
	void waitingChatGoesToAnAgentWhenTheyConnect() {
		var customer = customer();
		var chatId = initiate(customer);
		assertThat(session(chatId, customer).get("status")).isEqualTo("QUEUED");
		var customerSocket = connect(customer);
		var agentEmail = agents.create("Arriving Agent", "AGENT");

		connect(agents.token(agentEmail));

		var joined = customerSocket.next(f -> f.path("type").asString().equals("chat_message")
				&& f.path("payload").path("text").asString().contains("joined"), "a joined message");
		assertThat(joined.get("payload").get("text").asString()).isEqualTo("Arriving Agent joined the chat.");
		assertThat(joined.get("payload").get("type").asString()).isEqualTo("system");
		var assigned = customerSocket.next("conversation_updated").get("payload");
		assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(assigned.get("assignedAgentName").asString()).isEqualTo("Arriving Agent");
		var agentToken = agents.token(agentEmail);
		await().untilAsserted(() -> assertThat(
				api.post("/api/chat/" + chatId + "/messages", agentToken, Map.of("text", "Hi, I'm here")).status())
				.isEqualTo(201));
	}

	@Test
	void theLeastLoadedAgentGetsTheNextChat() {
		var busy = agents.create("Busy Agent", "AGENT");
		var idle = agents.create("Idle Agent", "AGENT");
		var busyToken = agents.token(busy);
		// The busy agent already has a chat a customer opened with them directly.
		var direct = customer();
		chats.add(new String[] { agents.directChat(direct, busy), direct });
		connect(busyToken);
		connect(agents.token(idle));

		var customer = customer();
		var chatId = initiate(customer);

		await().untilAsserted(() -> assertThat(session(chatId, customer).get("assignedAgentId"))
				.isEqualTo(agents.idOf(idle)));
	}

	@Test
	void aFullAgentGetsNoMoreAndTheChatWaitsUntilASlotFrees() {
		var email = agents.create("Single Slot", "AGENT");
		var agentId = agents.idOf(email);
		api.patch("/api/admin/agents/" + agentId, agents.adminToken(), Map.of("maxConcurrentChats", 1));
		connect(agents.token(email));
		var first = customer();
		var firstChat = initiate(first);
		await().untilAsserted(() -> assertThat(session(firstChat, first).get("assignedAgentId")).isEqualTo(agentId));

		var second = customer();
		var secondChat = initiate(second);
		var waiting = api.get("/api/chat/" + secondChat, second).body();
		assertThat(waiting.get("status").asString()).isEqualTo("QUEUED");
		assertThat(waiting.get("queue").get("position").asInt()).isEqualTo(1);
		assertThat(waiting.get("queue").get("agentsOnline").asInt()).isEqualTo(1);

		api.post("/api/chat/" + firstChat + "/close", first, Map.of());

		await().untilAsserted(() -> assertThat(session(secondChat, second).get("assignedAgentId")).isEqualTo(agentId));
	}

	@Test
	void aNewAgentHasARoutingStatusBeforeTheyFirstConnect() {
		var agentId = agents.idOf(agents.create("Not Yet Signed In", "AGENT"));
		var supervisorId = agents.idOf(agents.create("Only Supervises", "SUPERVISOR"));

		await().untilAsserted(() -> assertThat(statusRows(agentId)).isEqualTo(1));
		assertThat(statusRows(supervisorId)).isZero();
	}

	private int statusRows(String agentId) {
		return jdbc.sql("SELECT COUNT(*) FROM agent_status WHERE agent_id = :id").param("id", agentId)
				.query(Integer.class).single();
	}

	@Test
	void awayAgentsAreSkippedUntilTheyComeBackOnline() {
		var email = agents.create("Coffee Break", "AGENT");
		var token = agents.token(email);
		assertThat(api.send("PUT", "/api/agents/me/availability", token, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString("{\"availability\":\"AWAY\"}")).status())
				.isEqualTo(200);
		connect(token);
		var customer = customer();
		var chatId = initiate(customer);

		router.assignWaiting();
		assertThat(session(chatId, customer).get("status")).isEqualTo("QUEUED");
		assertThat(api.get("/api/agents/me", token).body().get("routable").asBoolean()).isFalse();

		api.send("PUT", "/api/agents/me/availability", token, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString("{\"availability\":\"ONLINE\"}"));

		await().untilAsserted(() -> assertThat(session(chatId, customer).get("status")).isEqualTo("ASSIGNED"));
	}

	@Test
	void concurrentArrivalsNeverOverfillAnAgentOrAssignAChatTwice() throws Exception {
		var team = new ArrayList<String>();
		for (int i = 0; i < 3; i++) {
			var email = agents.create("Burst Agent " + i, "AGENT");
			api.patch("/api/admin/agents/" + agents.idOf(email), agents.adminToken(), Map.of("maxConcurrentChats", 2));
			connect(agents.token(email));
			team.add(email);
		}

		var customers = new ArrayList<String>();
		for (int i = 0; i < 10; i++) {
			customers.add(customer());
		}
		var chatIds = runConcurrently(customers.size(), i -> initiate(customers.get(i)));
		// Several routers at once, as several nodes would run them.
		runConcurrently(4, i -> {
			router.assignWaiting();
			return null;
		});

		await().untilAsserted(() -> {
			var assigned = 0;
			for (int i = 0; i < chatIds.size(); i++) {
				if ("ASSIGNED".equals(session(chatIds.get(i), customers.get(i)).get("status"))) {
					assigned++;
				}
			}
			assertThat(assigned).isEqualTo(6);
		});
		for (var email : team) {
			var me = api.get("/api/agents/me", agents.token(email)).body();
			assertThat(me.get("activeChats").asInt()).isEqualTo(2);
		}
		var stillWaiting = api.get("/api/agents/queue", agents.token(team.getFirst())).body();
		assertThat(stillWaiting.valueStream().map(p -> p.get("conversationId").asString()))
				.containsAll(chatIds.stream().filter(id -> {
					var index = chatIds.indexOf(id);
					return "QUEUED".equals(session(id, customers.get(index)).get("status"));
				}).toList());
	}

	@Test
	void anAgentCanPickAWaitingChatButOnlyOnce() {
		var customer = customer();
		var chatId = initiate(customer);
		var picker = agents.token(agents.create("Picker", "AGENT"));
		var late = agents.token(agents.create("Too Late", "AGENT"));

		var picked = api.post("/api/agents/queue/" + chatId + "/pick", picker, Map.of());
		var again = api.post("/api/agents/queue/" + chatId + "/pick", late, Map.of());

		assertThat(picked.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("not-waiting");
		await().untilAsserted(() -> assertThat(session(chatId, customer).get("status")).isEqualTo("ASSIGNED"));
	}

	@Test
	void transferToAnotherAgentCarriesTheNoteAndMovesTheChat() {
		var customer = customer();
		var chatId = initiate(customer);
		var fromEmail = agents.create("First Line", "AGENT");
		var toEmail = agents.create("Specialist", "AGENT");
		var from = agents.token(fromEmail);
		api.post("/api/agents/queue/" + chatId + "/pick", from, Map.of());
		await().untilAsserted(() -> assertThat(session(chatId, customer).get("status")).isEqualTo("ASSIGNED"));

		var transfer = api.post("/api/agents/conversations/" + chatId + "/transfer", from,
				Map.of("toAgentId", agents.idOf(toEmail), "note", "Refund dispute, customer verified"));

		assertThat(transfer.status()).isEqualTo(200);
		var to = agents.token(toEmail);
		await().untilAsserted(() -> assertThat(session(chatId, customer).get("assignedAgentId"))
				.isEqualTo(agents.idOf(toEmail)));
		var agentView = api.get("/api/chat/" + chatId, to).body();
		assertThat(agentView.get("handoverNote").asString()).isEqualTo("Refund dispute, customer verified");
		assertThat(api.get("/api/chat/" + chatId, customer).body().has("handoverNote")).isFalse();
		var history = api.get("/api/chat/" + chatId + "/messages", customer).body();
		assertThat(history.get(history.size() - 1).get("text").asString())
				.isEqualTo("You are now chatting with Specialist.");
		assertThat(api.post("/api/chat/" + chatId + "/messages", from, Map.of("text", "still me?")).status())
				.isEqualTo(404);
		assertThat(api.get("/api/agents/me", from).body().get("activeChats").asInt()).isZero();
	}

	@Test
	void transferToATeamRequeuesTheChatForThatTeam() {
		var customer = customer();
		var chatId = initiate(customer);
		var from = agents.token(agents.create("Generalist", "AGENT"));
		api.post("/api/agents/queue/" + chatId + "/pick", from, Map.of());
		await().untilAsserted(() -> assertThat(session(chatId, customer).get("status")).isEqualTo("ASSIGNED"));

		api.post("/api/agents/conversations/" + chatId + "/transfer", from, Map.of("toTeam", "cards"));

		await().untilAsserted(() -> {
			var view = api.get("/api/chat/" + chatId, customer).body();
			assertThat(view.get("status").asString()).isEqualTo("QUEUED");
			assertThat(view.get("team").asString()).isEqualTo("cards");
		});
		var cardsAgent = agents.createInTeam("Cards Expert", "cards", "AGENT");
		connect(agents.token(cardsAgent));
		await().untilAsserted(() -> assertThat(session(chatId, customer).get("assignedAgentId"))
				.isEqualTo(agents.idOf(cardsAgent)));
	}

	@Test
	void onlyTheAssignedAgentOrASupervisorMayTransfer() {
		var customer = customer();
		var chatId = initiate(customer);
		var owner = agents.token(agents.create("Owner", "AGENT"));
		api.post("/api/agents/queue/" + chatId + "/pick", owner, Map.of());
		var bystander = agents.token(agents.create("Bystander", "AGENT"));

		var response = api.post("/api/agents/conversations/" + chatId + "/transfer", bystander,
				Map.of("toTeam", "cards"));
		var both = api.post("/api/agents/conversations/" + chatId + "/transfer", owner,
				Map.of("toTeam", "cards", "toAgentId", agents.idOf(agents.create("Someone", "AGENT"))));

		assertThat(response.status()).isEqualTo(404);
		assertThat(both.status()).isEqualTo(400);
		assertThat(api.get("/api/agents/queue", customer).status()).as("customers have no desk").isEqualTo(403);
	}

	@Test
	void waitingCustomersAreToldWhenNoAgentIsOnlineByTheQueueAloneNotTwice() {
		var customer = customer();
		var chatId = initiate(customer);

		var history = api.get("/api/chat/" + chatId + "/messages", customer).body();
		var queue = api.get("/api/chat/" + chatId, customer).body().get("queue");

		// The customer's chat shows the queue's state as a live banner; a note in the thread said the
		// same a second time, and stayed there after an agent came online.
		assertThat(history.valueStream().map(m -> m.path("text").asString()))
				.noneMatch(text -> text.contains("No agent is online"));
		assertThat(queue.get("agentsOnline").asInt()).isZero();
		assertThat(queue.get("expectedWaitSeconds").asLong()).isEqualTo(-1);
	}

	private String customer() {
		return api.customerToken("cust-" + UUID.randomUUID(), "Waiting Customer");
	}

	private String initiate(String customer) {
		var chatId = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
		chats.add(new String[] { chatId, customer });
		return chatId;
	}

	private Map<String, String> session(String chatId, String token) {
		var body = api.get("/api/chat/" + chatId, token).body();
		var result = new java.util.HashMap<String, String>();
		result.put("status", body.path("status").asString());
		result.put("assignedAgentId", body.path("assignedAgentId").isMissingNode() ? null
				: body.path("assignedAgentId").asString());
		return result;
	}

	private SocketClient connect(String token) {
		var socket = SocketClient.authenticated(api, token);
		sockets.add(socket);
		connectedTokens.add(token);
		return socket;
	}

	interface Indexed<T> {
		T call(int index) throws Exception;
	}

	private static <T> List<T> runConcurrently(int count, Indexed<T> task) throws Exception {
		try (var pool = Executors.newFixedThreadPool(count)) {
			var futures = new ArrayList<Future<T>>();
			for (int i = 0; i < count; i++) {
				var index = i;
				futures.add(pool.submit((Callable<T>) () -> task.call(index)));
			}
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}
}
