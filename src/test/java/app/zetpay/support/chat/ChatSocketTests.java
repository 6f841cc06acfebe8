package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/** The {@code /ws} protocol, with real sockets. */
@IntegrationTest
class ChatSocketTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String customerId;
	String customer;
	String agent;
	String chatId;

	@BeforeEach
	void chatBetweenACustomerAndAnAgent() {
		agents = new AgentFixtures(api);
		customerId = "cust-" + UUID.randomUUID();
		customer = api.customerToken(customerId, "Sneha");
		var agentEmail = agents.create("Socket Agent", "AGENT");
		agent = agents.token(agentEmail);
		chatId = agents.directChat(customer, agentEmail);
	}

	@Test
	void authenticateAnswersWithTheUserId() {
		try (var socket = SocketClient.connect(api)) {
			socket.send("{\"type\":\"authenticate\",\"token\":\"" + customer + "\"}");

			assertThat(socket.next("auth_success").get("payload").get("userId").asString()).isEqualTo(customerId);
		}
	}

	@Test
	void badTokenIsRefusedAndTheSocketClosedWithPolicyViolation() {
		try (var socket = SocketClient.connect(api)) {
			socket.send("{\"type\":\"authenticate\",\"token\":\"forged\"}");

			assertThat(socket.next("auth_failed").get("payload").get("message").asString()).isEqualTo("Invalid token");
			assertThat(socket.closeCode()).isEqualTo(1008);
		}
	}

	@Test
	void pingGetsPong() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			socket.send("{\"type\":\"ping\"}");

			assertThat(socket.next("pong")).isNotNull();
		}
	}

	@Test
	void garbageAndUnknownFramesGetAnErrorAndTheSocketStaysUp() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			socket.send("this is not json");
			assertThat(socket.next("error").get("payload").get("message").asString()).contains("not valid JSON");

			socket.send("{\"type\":\"teleport\",\"payload\":{}}");
			assertThat(socket.next("error").get("payload").get("message").asString()).contains("teleport");

			socket.send("{\"type\":\"resume\",\"payload\":{\"chatId\":\"" + chatId + "\",\"afterSeq\":-1}}");
			assertThat(socket.next("error").get("payload").get("code").asString()).isEqualTo("invalid-frame");

			socket.send("{\"type\":\"ping\"}");
			assertThat(socket.next("pong")).isNotNull();
		}
	}

	@Test
	void aFrameLongerThanTheReadBufferIsReadWhole() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			socket.send("send_message", Map.of("chatId", chatId, "text", "x".repeat(20_000), "clientMessageId", "long-1"));

			assertThat(socket.next("error").get("payload").get("code").asString()).isEqualTo("validation-failed");
			socket.send("{\"type\":\"ping\"}");
			assertThat(socket.next("pong")).isNotNull();
		}
	}

	@Test
	void aFrameOverTheLimitClosesTheSocketAsTooBig() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			socket.send("send_message", Map.of("chatId", chatId, "text", "x".repeat(70_000), "clientMessageId", "long-2"));

			assertThat(socket.closeCode()).isEqualTo(1009);
		}
		assertThat(api.get("/api/chat/" + chatId + "/messages", customer).body().size()).isZero();
	}

	@Test
	void framesBeforeAuthenticationAreRefused() {
		try (var socket = SocketClient.connect(api)) {
			socket.send("send_message", Map.of("chatId", chatId, "text", "sneaky"));

			assertThat(socket.next("error").get("payload").get("code").asString()).isEqualTo("unauthenticated");
		}
		assertThat(api.get("/api/chat/" + chatId + "/messages", customer).body().size()).isZero();
	}

	@Test
	void aMessagePostedOverRestReachesEveryConnectionOfTheOtherSide() {
		try (var phone = SocketClient.authenticated(api, customer);
				var web = SocketClient.authenticated(api, customer)) {

			api.post("/api/chat/" + chatId + "/messages", agent, Map.of("text", "Your refund is on its way"));

			for (var socket : new SocketClient[] { phone, web }) {
				var message = socket.next("chat_message").get("payload");
				assertThat(message.get("text").asString()).isEqualTo("Your refund is on its way");
				assertThat(message.get("chatId").asString()).isEqualTo(chatId);
				assertThat(message.get("seq").asLong()).isEqualTo(1);
			}
		}
	}

	@Test
	void sendMessageIsAcknowledgedAndDeliveredOnceEvenWhenRetried() {
		try (var customerSocket = SocketClient.authenticated(api, customer);
				var agentSocket = SocketClient.authenticated(api, agent)) {
			var frame = Map.of("chatId", chatId, "text", "Is anyone there?", "clientMessageId", "c-1");

			customerSocket.send("send_message", frame);
			var ack = customerSocket.next("message_ack").get("payload");
			customerSocket.send("send_message", frame);
			var retryAck = customerSocket.next("message_ack").get("payload");

			assertThat(ack.get("clientMessageId").asString()).isEqualTo("c-1");
			assertThat(ack.get("message").get("seq").asLong()).isEqualTo(1);
			assertThat(retryAck.get("replayed").asBoolean()).isTrue();
			assertThat(retryAck.get("message").get("id")).isEqualTo(ack.get("message").get("id"));
			assertThat(agentSocket.next("chat_message").get("payload").get("text").asString())
					.isEqualTo("Is anyone there?");
			assertThat(agentSocket.drain("chat_message", Duration.ofMillis(500))).isEmpty();
		}
	}

	@Test
	void resumeReplaysWhatWasMissedInOrder() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			api.post("/api/chat/" + chatId + "/messages", agent, Map.of("text", "one"));
			assertThat(socket.next("chat_message").get("payload").get("seq").asLong()).isEqualTo(1);
		}
		// The phone drops off the network; the agent keeps writing.
		for (var text : new String[] { "two", "three", "four" }) {
			api.post("/api/chat/" + chatId + "/messages", agent, Map.of("text", text));
		}

		try (var socket = SocketClient.authenticated(api, customer)) {
			socket.send("resume", Map.of("chatId", chatId, "afterSeq", 1));

			assertThat(socket.next("chat_message").get("payload").get("text").asString()).isEqualTo("two");
			assertThat(socket.next("chat_message").get("payload").get("text").asString()).isEqualTo("three");
			assertThat(socket.next("chat_message").get("payload").get("text").asString()).isEqualTo("four");
			assertThat(socket.next("resume_complete").get("payload").get("lastSeq").asLong()).isEqualTo(4);
		}
	}

	@Test
	void typingIsRelayedToTheOtherSideOnly() {
		try (var customerSocket = SocketClient.authenticated(api, customer);
				var agentSocket = SocketClient.authenticated(api, agent)) {

			customerSocket.send("typing", Map.of("chatId", chatId, "isTyping", true));

			var typing = agentSocket.next("typing").get("payload");
			assertThat(typing.get("userId").asString()).isEqualTo(customerId);
			assertThat(typing.get("isTyping").asBoolean()).isTrue();
			assertThat(customerSocket.drain("typing", Duration.ofMillis(300))).isEmpty();
		}
	}

	@Test
	void readReceiptReachesTheSender() {
		var messageId = api.post("/api/chat/" + chatId + "/messages", agent, Map.of("text", "Done?")).body().get("id")
				.asString();
		try (var agentSocket = SocketClient.authenticated(api, agent);
				var customerSocket = SocketClient.authenticated(api, customer)) {

			customerSocket.send("read", Map.of("chatId", chatId, "messageId", messageId));

			var receipt = agentSocket.next("message_read").get("payload");
			assertThat(receipt.get("userId").asString()).isEqualTo(customerId);
			assertThat(receipt.get("upToSeq").asLong()).isEqualTo(1);
		}
	}

	@Test
	void anotherUsersChatCannotBeWrittenToOrReplayed() {
		var stranger = api.customerToken("stranger-" + UUID.randomUUID(), "Stranger");
		api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "my secret"));
		try (var socket = SocketClient.authenticated(api, stranger)) {

			socket.send("send_message", Map.of("chatId", chatId, "text", "hijack", "clientMessageId", "x-1"));
			var error = socket.next("error").get("payload");
			socket.send("resume", Map.of("chatId", chatId, "afterSeq", 0));
			var resumeError = socket.next("error").get("payload");

			assertThat(error.get("code").asString()).isEqualTo("not-found");
			assertThat(error.get("clientMessageId").asString()).isEqualTo("x-1");
			assertThat(resumeError.get("code").asString()).isEqualTo("not-found");
			assertThat(socket.drain("chat_message", Duration.ofMillis(300))).isEmpty();
		}
	}

	@Test
	void customerSeesWhetherTheirAgentIsOnline() {
		try (var customerSocket = SocketClient.authenticated(api, customer)) {
			assertThat(api.get("/api/chat/" + chatId, customer).body().get("agentOnline").asBoolean()).isFalse();

			var agentSocket = SocketClient.authenticated(api, agent);
			var online = customerSocket.next("presence").get("payload");
			assertThat(online.get("online").asBoolean()).isTrue();
			assertThat(api.get("/api/chat/" + chatId, customer).body().get("agentOnline").asBoolean()).isTrue();

			agentSocket.close();
			var offline = customerSocket.next(f -> f.path("type").asString().equals("presence")
					&& !f.path("payload").path("online").asBoolean(), "the agent going offline");
			assertThat(offline.get("payload").get("userId").asString()).isEqualTo(online.get("userId").asString());
		}
	}

	@Test
	void sendingTooFastIsRateLimited() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			for (int i = 0; i < 30; i++) {
				socket.send("send_message", Map.of("chatId", chatId, "text", "spam " + i, "clientMessageId", "s-" + i));
				socket.next("message_ack");
			}

			socket.send("send_message", Map.of("chatId", chatId, "text", "one too many", "clientMessageId", "s-31"));

			var refused = socket.next("error").get("payload");
			assertThat(refused.get("code").asString()).isEqualTo("rate-limited");
			assertThat(refused.get("clientMessageId").asString()).isEqualTo("s-31");
			assertThat(refused.get("retryAfter").asLong()).isBetween(1L, 10L);
		}
		var rest = api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "and over REST"));
		assertThat(rest.status()).isEqualTo(429);
		assertThat(rest.header("Retry-After")).isNotBlank();
	}

	@Test
	void typingFramesBeyondTheirAllowanceAreRefusedWithWhenToRetry() {
		try (var customerSocket = SocketClient.authenticated(api, customer);
				var agentSocket = SocketClient.authenticated(api, agent)) {
			for (int i = 0; i < 31; i++) {
				customerSocket.send("typing", Map.of("chatId", chatId, "isTyping", i % 2 == 0));
			}

			var refused = customerSocket.next("error").get("payload");
			assertThat(refused.get("code").asString()).isEqualTo("rate-limited");
			assertThat(refused.get("frame").asString()).isEqualTo("typing");
			assertThat(refused.get("chatId").asString()).isEqualTo(chatId);
			assertThat(refused.get("retryAfter").asLong()).isBetween(1L, 10L);
			var relayed = agentSocket.drain("typing", Duration.ofMillis(500));
			assertThat(relayed).hasSize(30);
		}
	}

	@Test
	void eachFrameTypeHasItsOwnAllowance() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			for (int i = 0; i < 31; i++) {
				socket.send("typing", Map.of("chatId", chatId, "isTyping", true));
			}
			assertThat(socket.next("error").get("payload").get("frame").asString()).isEqualTo("typing");

			socket.send("{\"type\":\"ping\"}");
			socket.send("send_message", Map.of("chatId", chatId, "text", "still here", "clientMessageId", "t-1"));

			assertThat(socket.next("pong")).isNotNull();
			assertThat(socket.next("message_ack").get("payload").get("clientMessageId").asString()).isEqualTo("t-1");
		}
	}

	@Test
	void theAllowanceIsTheUsersAcrossAllTheirSockets() {
		try (var first = SocketClient.authenticated(api, customer);
				var second = SocketClient.authenticated(api, customer)) {
			for (int i = 0; i < 30; i++) {
				var socket = i % 2 == 0 ? first : second;
				socket.send("{\"type\":\"ping\"}");
				socket.next("pong");
			}
			first.send("{\"type\":\"ping\"}");

			var refused = first.next("error").get("payload");
			assertThat(refused.get("frame").asString()).isEqualTo("ping");
			assertThat(refused.get("retryAfter").asLong()).isBetween(1L, 60L);
		}
	}

	@Test
	void readResumeAndBadFramesAreLimitedToo() {
		var messageId = api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "read me")).body()
				.get("id").asString();
		try (var socket = SocketClient.authenticated(api, agent)) {
			for (int i = 0; i < 61; i++) {
				socket.send("read", Map.of("chatId", chatId, "messageId", messageId));
			}
			assertThat(socket.next("error").get("payload").get("frame").asString()).isEqualTo("read");

			for (int i = 0; i < 121; i++) {
				socket.send("resume", Map.of("chatId", chatId, "afterSeq", 1));
			}
			assertThat(socket.next(f -> f.path("type").asString().equals("error")
					&& f.path("payload").path("frame").asString().equals("resume"), "a refused resume")
					.get("payload").get("code").asString()).isEqualTo("rate-limited");

			for (int i = 0; i < 20; i++) {
				socket.send("{\"type\":\"teleport\"}");
			}
			socket.send("not even json");
			assertThat(socket.next(f -> f.path("payload").path("code").asString().equals("rate-limited"),
					"a refused bad frame").get("payload").get("retryAfter").asLong()).isBetween(1L, 60L);
		}
	}

	@Test
	void beforeAuthenticatingTheSocketItselfIsLimited() {
		try (var socket = SocketClient.connect(api)) {
			for (int i = 0; i < 30; i++) {
				socket.send("{\"type\":\"ping\"}");
			}
			socket.send("{\"type\":\"ping\"}");

			assertThat(socket.next("error").get("payload").get("code").asString()).isEqualTo("rate-limited");
		}
	}

	@Test
	void invalidMessageOverTheSocketGetsAnErrorFrame() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			socket.send("send_message", Map.of("chatId", chatId, "clientMessageId", "c-empty"));

			JsonNode error = socket.next("error").get("payload");
			assertThat(error.get("code").asString()).isEqualTo("validation-failed");
			assertThat(error.get("frame").asString()).isEqualTo("send_message");
		}
	}
}
