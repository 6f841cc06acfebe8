package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.ProductionNodes;
import app.zetpay.support.testing.SocketClient;

/**
 * Two app instances on different ports sharing PostgreSQL and Redis, as in production: a customer
 * on node A and an agent on node B are routed together and talk in real time.
 */
@Tag("production-only")
class TwoNodeTests {

	static ProductionNodes nodes;
	static Api apiA;
	static Api apiB;

	@BeforeAll
	static void startTwoNodes() {
		nodes = ProductionNodes.two();
		apiA = nodes.a().api();
		apiB = nodes.b().api();
	}

	@AfterAll
	static void stopNodes() {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	void customerOnOneNodeAndAgentOnTheOtherTalkInRealTime() {
		var agents = new AgentFixtures(apiA);
		var agentEmail = agents.create("Node B Agent", "AGENT");
		var agentId = agents.idOf(agentEmail);
		var customer = apiA.customerToken("cust-" + UUID.randomUUID(), "Cross Node");

		try (var agentSocket = SocketClient.authenticated(apiB, agents.token(agentEmail));
				var customerSocket = SocketClient.authenticated(apiA, customer)) {
			var chatId = apiA.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();

			// Routed by node A to the agent whose socket is on node B.
			var joined = agentSocket.next(f -> f.path("type").asString().equals("chat_message")
					&& f.path("payload").path("chatId").asString().equals(chatId), "the assignment on node B");
			assertThat(joined.get("payload").get("text").asString()).isEqualTo("Node B Agent joined the chat.");
			await().untilAsserted(() -> assertThat(apiA.get("/api/chat/" + chatId, customer).body()
					.get("assignedAgentId").asString()).isEqualTo(agentId));

			customerSocket.send("send_message", Map.of("chatId", chatId, "text", "Hello from node A",
					"clientMessageId", "a-1"));
			var atAgent = agentSocket.next(f -> f.path("type").asString().equals("chat_message")
					&& "Hello from node A".equals(f.path("payload").path("text").asString()), "the customer's message");
			assertThat(atAgent.get("payload").get("senderId").asString()).isNotBlank();

			agentSocket.send("send_message", Map.of("chatId", chatId, "text", "Hello from node B",
					"clientMessageId", "b-1"));
			var atCustomer = customerSocket.next(f -> f.path("type").asString().equals("chat_message")
					&& "Hello from node B".equals(f.path("payload").path("text").asString()), "the agent's message");
			assertThat(atCustomer.get("payload").get("seq").asLong())
					.isGreaterThan(atAgent.get("payload").get("seq").asLong());

			apiA.post("/api/chat/" + chatId + "/close", customer, Map.of());
		}
	}

	@Test
	void anAgentsStatusSetOnOneNodeReachesTheirConsoleOnTheOther() {
		var agents = new AgentFixtures(apiA);
		var agentEmail = agents.create("Load Agent", "AGENT");
		var token = agents.token(agentEmail);

		try (var agentSocket = SocketClient.authenticated(apiB, token)) {
			apiA.send("PUT", "/api/agents/me/availability", token, "application/json",
					java.net.http.HttpRequest.BodyPublishers.ofString("{\"availability\":\"AWAY\"}"));

			var load = agentSocket.next(f -> f.path("type").asString().equals("agent_load")
					&& "AWAY".equals(f.path("payload").path("status").asString()), "agent_load on node B");
			assertThat(load.get("payload").get("active").asInt()).isZero();
			assertThat(load.get("payload").get("capacity").asInt()).isPositive();
		}
	}

	@Test
	void whatANodeMissedIsRepairedByResume() {
		var agents = new AgentFixtures(apiA);
		var agentEmail = agents.create("Resuming Agent", "AGENT");
		var customer = apiA.customerToken("cust-" + UUID.randomUUID(), "Resumer");
		var chatId = apiA.post("/api/chat/initiate/" + agents.idOf(agentEmail), customer, Map.of()).body().get("id")
				.asString();

		// The agent's socket on B is gone (a node restart, a network blip) while the customer writes on A.
		try (var agentSocket = SocketClient.authenticated(apiB, agents.token(agentEmail))) {
			agentSocket.send("ping", Map.of());
			agentSocket.next("pong");
		}
		apiA.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "first while away"));
		apiA.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "second while away"));

		try (var agentSocket = SocketClient.authenticated(apiB, agents.token(agentEmail))) {
			agentSocket.send("resume", Map.of("chatId", chatId, "afterSeq", 0));

			assertThat(agentSocket.next("chat_message").get("payload").get("text").asString())
					.isEqualTo("first while away");
			assertThat(agentSocket.next("chat_message").get("payload").get("text").asString())
					.isEqualTo("second while away");
			assertThat(agentSocket.next("resume_complete").get("payload").get("lastSeq").asLong()).isEqualTo(2);
		}
		apiA.post("/api/chat/" + chatId + "/close", customer, Map.of());
	}

	@Test
	void disablingAnAgentOnOneNodeClosesTheirSocketOnTheOther() {
		var agents = new AgentFixtures(apiA);
		var email = agents.create("Disabled Across Nodes", "AGENT");
		try (var onB = SocketClient.authenticated(apiB, agents.token(email))) {
			var started = System.nanoTime();
			apiA.post("/api/admin/agents/" + agents.idOf(email) + "/disable", agents.adminToken(), Map.of());

			var revoked = onB.next("auth_failed");

			assertThat(revoked.get("payload").get("code").asString()).isEqualTo("account-disabled");
			assertThat(onB.closeCode()).isEqualTo(1008);
			System.out.printf("Disable on A closed the socket on B after %d ms%n", (System.nanoTime() - started) / 1_000_000);
		}
	}

	@Test
	void aPasswordResetOnOneNodeClosesTheAccountsSocketsOnBoth() {
		var agents = new AgentFixtures(apiA);
		var email = agents.create("Reset Across Nodes", "AGENT");
		var supervisor = agents.token(agents.create("Reset Lead", "AGENT", "SUPERVISOR"));
		var token = agents.token(email);
		try (var onA = SocketClient.authenticated(apiA, token); var onB = SocketClient.authenticated(apiB, token)) {
			var started = System.nanoTime();
			assertThat(apiA.post("/api/team/accounts/" + agents.idOf(email) + "/reset-password", supervisor, Map.of())
					.status()).isEqualTo(200);

			assertThat(onB.next("auth_failed").get("payload").get("code").asString()).isEqualTo("password-changed");
			System.out.printf("A reset on A closed the socket on B after %d ms%n", (System.nanoTime() - started) / 1_000_000);
			assertThat(onB.closeCode()).isEqualTo(1008);
			assertThat(onA.next("auth_failed").get("payload").get("code").asString()).isEqualTo("password-changed");
		}
	}

	@Test
	void demotingOnOneNodeAndSigningOutOnTheOtherReachEverySocket() {
		var agents = new AgentFixtures(apiA);
		var email = agents.create("Demoted Across Nodes", "AGENT", "SUPERVISOR");
		var laptop = agents.token(email);
		try (var onA = SocketClient.authenticated(apiA, laptop); var onB = SocketClient.authenticated(apiB, laptop)) {
			apiB.patch("/api/admin/agents/" + agents.idOf(email), agents.adminToken(), Map.of("roles", List.of("AGENT")));

			assertThat(onA.next("auth_failed").get("payload").get("code").asString()).isEqualTo("rights-changed");
			assertThat(onB.next("auth_failed").get("payload").get("code").asString()).isEqualTo("rights-changed");
		}
		var phone = agents.token(email);
		try (var onA = SocketClient.authenticated(apiA, phone)) {
			assertThat(apiB.post("/api/auth/logout", phone, Map.of()).status()).isEqualTo(204);

			assertThat(onA.next("auth_failed").get("payload").get("code").asString()).isEqualTo("signed-out");
			assertThat(apiA.get("/api/me", phone).status()).isEqualTo(401);
		}
	}

	@Test
	void theSendLimitIsOneForTheClusterNotOnePerNode() {
		var agents = new AgentFixtures(apiA);
		var customer = apiA.customerToken("cust-" + UUID.randomUUID(), "Spreads Out");
		var chatId = apiA.post("/api/chat/initiate/" + agents.idOf(agents.create("Limit Agent", "AGENT")), customer,
				Map.of()).body().get("id").asString();
		for (int i = 0; i < 30; i++) {
			var api = i % 2 == 0 ? apiA : apiB;
			assertThat(api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "spread " + i)).status())
					.isEqualTo(201);
		}

		var onA = apiA.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "one more on A"));
		var onB = apiB.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "one more on B"));

		assertThat(onA.status()).isEqualTo(429);
		assertThat(onB.status()).isEqualTo(429);
		assertThat(onB.body().get("retryAfter").asLong()).isBetween(1L, 10L);
		apiA.post("/api/chat/" + chatId + "/close", customer, Map.of());
	}

	@Test
	void everyUserConnectingAtOnceToAFreshNodeIsSubscribed() throws Exception {
		var agents = new AgentFixtures(apiA);
		var tokens = new java.util.ArrayList<String>();
		var ids = new java.util.ArrayList<String>();
		for (int i = 0; i < 6; i++) {
			var email = agents.create("Simultaneous " + i, "AGENT");
			tokens.add(agents.token(email));
			ids.add(agents.idOf(email));
		}
		var nodeC = nodes.start();
		var sockets = new java.util.concurrent.CopyOnWriteArrayList<SocketClient>();
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
			var apiC = nodeC.api();
			var futures = tokens.stream().map(token -> pool.submit(() -> sockets.add(SocketClient.authenticated(apiC,
					token)))).toList();
			for (var future : futures) {
				future.get();
			}
			var redis = nodeC.context().getBean(org.springframework.data.redis.core.StringRedisTemplate.class);
			await().untilAsserted(() -> assertThat(channels(redis)).containsAll(
					ids.stream().map(id -> "zetpay:support:user:" + id).toList()));
		}
		finally {
			sockets.forEach(SocketClient::close);
			nodeC.context().close();
		}
	}

	/** What Redis itself says is subscribed: the truth the fan-out depends on. */
	@SuppressWarnings("unchecked")
	private static java.util.List<String> channels(org.springframework.data.redis.core.StringRedisTemplate redis) {
		return redis.execute((org.springframework.data.redis.core.RedisCallback<java.util.List<String>>) connection -> {
			var lettuce = (io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands<byte[], byte[]>) connection
					.getNativeConnection();
			try {
				return lettuce.pubsubChannels("zetpay:support:user:*".getBytes()).get().stream().map(String::new).toList();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
