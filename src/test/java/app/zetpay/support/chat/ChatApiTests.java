package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** The app's chat routes, over real HTTP. */
@IntegrationTest
class ChatApiTests {

	@Autowired
	Api api;

	/** One agent for the whole class: chats opened with them skip the queue. */
	static String agentEmail;

	AgentFixtures agents;
	String customerId;
	String customer;
	final List<String> opened = new ArrayList<>();

	@BeforeEach
	void newCustomer() {
		agents = new AgentFixtures(api);
		if (agentEmail == null) {
			agentEmail = agents.createInTeam("Api Agent", "payments", "AGENT");
		}
		customerId = "cust-" + UUID.randomUUID();
		customer = api.customerToken(customerId, "Ravi Kumar");
	}

	@AfterEach
	void endChats() {
		// Waiting chats left behind would be routed to agents that later tests connect.
		opened.forEach(chatId -> api.post("/api/chat/" + chatId + "/close", customer, Map.of()));
	}

	@Test
	void initiatingASupportChatQueuesItForTheAgentPool() {
		var session = api.post("/api/chat/initiate/support", customer,
				Map.of("topic", "Refund", "context", Map.of("screen", "upi_payment", "transactionId", "TXN123",
						"errorCode", "U30")));
		opened.add(session.body().get("id").asString());

		assertThat(session.status()).isEqualTo(200);
		var body = session.body();
		assertThat(body.get("id").asString()).startsWith("cnv_");
		assertThat(body.get("participants").valueStream().map(JsonNode::asString)).containsExactly(customerId,
				"support");
		assertThat(body.get("participantNames").get(customerId).asString()).isEqualTo("Ravi Kumar");
		assertThat(body.get("unreadCounts").has(customerId)).isTrue();
		assertThat(body.get("queue").get("position").asInt()).isPositive();
		assertThat(body.get("associatedTransactionId").asString()).isEqualTo("TXN123");
		assertThat(body.get("context").get("screen").asString()).isEqualTo("upi_payment");
		assertThat(body.get("status").asString()).isEqualTo("QUEUED");
		assertThat(body.get("updatedAt").asString()).endsWith("Z");
	}

	@Test
	void initiatingAgainReturnsTheOpenChat() {
		var first = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
		opened.add(first);

		var second = api.post("/api/chat/initiate/support", customer, "").body().get("id").asString();

		assertThat(second).isEqualTo(first);
	}

	@Test
	void initiatingWithOneselfIsABadRequest() {
		var response = api.post("/api/chat/initiate/" + customerId, customer, Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("code").asString()).isEqualTo("cannot-chat-with-self");
	}

	@Test
	void initiatingWithAnUnknownAgentIsNotFound() {
		assertThat(api.post("/api/chat/initiate/agt_00000000000000000000000000000000", customer, Map.of()).status())
				.isEqualTo(404);
		assertThat(api.post("/api/chat/initiate/someone", customer, Map.of()).status()).isEqualTo(404);
	}

	@Test
	void initiatingWithAnAgentAssignsTheChatToThem() {
		var email = agents.createInTeam("Direct Agent", "cards", "AGENT");
		var agentId = agents.idOf(email);

		var session = api.post("/api/chat/initiate/" + agentId, customer, Map.of()).body();

		assertThat(session.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(session.get("participants").valueStream().map(JsonNode::asString)).containsExactly(customerId,
				agentId);
		assertThat(session.get("participantNames").get(agentId).asString()).isEqualTo("Direct Agent");
		var agentChats = api.get("/api/chat", agents.token(email)).body();
		assertThat(agentChats.valueStream().map(c -> c.get("id").asString())).contains(session.get("id").asString());
	}

	@Test
	void manyCustomersStartingChatsWithANewAgentAtOnceAllSucceed() throws Exception {
		var agentId = agents.idOf(agents.create("Popular Agent", "AGENT"));
		var customers = new ArrayList<String>();
		for (int i = 0; i < 8; i++) {
			customers.add(api.customerToken("burst-" + UUID.randomUUID(), "Burst " + i));
		}
		var next = new java.util.concurrent.atomic.AtomicInteger();

		var statuses = runConcurrently(8, () -> {
			var token = customers.get(next.getAndIncrement());
			var response = api.post("/api/chat/initiate/" + agentId, token, Map.of());
			if (response.status() == 200) {
				api.post("/api/chat/" + response.body().get("id").asString() + "/close", token, Map.of());
			}
			return response.status();
		});

		assertThat(statuses).containsOnly(200);
	}

	@Test
	void messagesAreNumberedAndReturnedOldestFirst() {
		var chatId = openChat();

		var first = send(chatId, customer, Map.of("text", "My UPI payment failed"));
		var second = send(chatId, customer, Map.of("text", "but money was debited"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.body().get("seq").asLong()).isEqualTo(1);
		assertThat(second.body().get("seq").asLong()).isEqualTo(2);
		assertThat(first.body().get("type").asString()).isEqualTo("text");
		assertThat(first.body().get("senderId").asString()).isEqualTo(customerId);
		assertThat(first.body().get("senderName").asString()).isEqualTo("Ravi Kumar");
		assertThat(first.body().get("receiverId").asString()).isEqualTo(agents.idOf(agentEmail));
		assertThat(first.body().get("isRead").asBoolean()).isFalse();
		var history = api.get("/api/chat/" + chatId + "/messages?limit=50", customer).body();
		assertThat(history.valueStream().map(m -> m.get("text").asString())).containsExactly("My UPI payment failed",
				"but money was debited");
	}

	@Test
	void historyPagesBackwardsWithBefore() {
		var chatId = openChat();
		for (int i = 1; i <= 5; i++) {
			send(chatId, customer, Map.of("text", "message " + i));
		}
		var newestTwo = api.get("/api/chat/" + chatId + "/messages?limit=2", customer).body();
		assertThat(newestTwo.valueStream().map(m -> m.get("seq").asLong())).containsExactly(4L, 5L);

		var before = newestTwo.get(0).get("timestamp").asString();
		var older = api.get("/api/chat/" + chatId + "/messages?limit=50&before=" + before, customer).body();

		assertThat(older.valueStream().map(m -> m.get("seq").asLong())).containsExactly(1L, 2L, 3L);
	}

	@Test
	void afterSeqReturnsWhatWasMissed() {
		var chatId = openChat();
		for (int i = 1; i <= 4; i++) {
			send(chatId, customer, Map.of("text", "message " + i));
		}

		var missed = api.get("/api/chat/" + chatId + "/messages?afterSeq=2", customer).body();

		assertThat(missed.valueStream().map(m -> m.get("seq").asLong())).containsExactly(3L, 4L);
	}

	@Test
	void badHistoryParametersAreBadRequests() {
		var chatId = openChat();

		assertThat(api.get("/api/chat/" + chatId + "/messages?limit=0", customer).status()).isEqualTo(400);
		assertThat(api.get("/api/chat/" + chatId + "/messages?limit=abc", customer).status()).isEqualTo(400);
		assertThat(api.get("/api/chat/" + chatId + "/messages?before=yesterday", customer).status()).isEqualTo(400);
	}

	@Test
	void aMessageNeedsContent() {
		var chatId = openChat();

		var empty = send(chatId, customer, Map.of());
		var blank = send(chatId, customer, Map.of("text", "   "));
		var tooLong = send(chatId, customer, Map.of("text", "x".repeat(4001)));
		var system = send(chatId, customer, Map.of("text", "hi", "type", "system"));

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body().get("code").asString()).isEqualTo("validation-failed");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(system.status()).as("clients cannot forge system messages").isEqualTo(400);
	}

	@Test
	void resendingTheSameClientMessageIdStoresItOnce() {
		var chatId = openChat();
		var body = Map.of("text", "Please help", "clientMessageId", "c-" + UUID.randomUUID());

		var first = send(chatId, customer, body);
		var retry = send(chatId, customer, body);

		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(api.get("/api/chat/" + chatId + "/messages", customer).body().size()).isEqualTo(1);
	}

	@Test
	void concurrentRetriesOfOneMessageStoreItOnce() throws Exception {
		var chatId = openChat();
		var body = Map.of("text", "Sent from a flaky network", "clientMessageId", "c-" + UUID.randomUUID());

		var ids = runConcurrently(8, () -> send(chatId, customer, body).body().get("id").asString());

		assertThat(ids).hasSize(8).containsOnly(ids.getFirst());
		assertThat(api.get("/api/chat/" + chatId + "/messages", customer).body().size()).isEqualTo(1);
	}

	@Test
	void concurrentSendsGetDistinctGaplessNumbers() throws Exception {
		var chatId = openChat();

		var seqs = runConcurrently(20, () -> send(chatId, customer, Map.of("text", "burst")).body().get("seq").asLong());

		assertThat(seqs).doesNotHaveDuplicates().hasSize(20);
		assertThat(seqs.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(20);
	}

	@Test
	void cardNumbersAreMaskedBeforeTheyAreStored() {
		var chatId = openChat();

		var posted = send(chatId, customer, Map.of("text", "my card is 4111 1111 1111 1111 please check"));

		assertThat(posted.body().get("text").asString()).contains("411111******1111").doesNotContain("4111 1111");
		var history = api.get("/api/chat/" + chatId + "/messages", customer).body();
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).get("text").asString()).doesNotContain("4111 1111 1111 1111");
		assertThat(history.get(1).get("type").asString()).isEqualTo("system");
		assertThat(history.get(1).get("senderId").asString()).isEqualTo("support");
	}

	@Test
	void otherAgentsMayReadAWaitingChatButMustPickItToWrite() {
		var chatId = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
		opened.add(chatId);
		var colleague = agents.token(agents.createInTeam("Colleague", "kyc", "AGENT"));

		assertThat(api.get("/api/chat/" + chatId + "/messages", colleague).status()).isEqualTo(200);
		var write = send(chatId, colleague, Map.of("text", "jumping in"));
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.body().get("code").asString()).isEqualTo("not-your-conversation");
	}

	@Test
	void nobodyElseCanSeeOrWriteToAChat() {
		var chatId = openChat();
		send(chatId, customer, Map.of("text", "private"));
		var stranger = api.customerToken("stranger-" + UUID.randomUUID(), "Stranger");
		var otherTeamAgent = agents.token(agents.createInTeam("Other Team", "kyc", "AGENT"));

		for (var intruder : List.of(stranger, otherTeamAgent)) {
			assertThat(api.get("/api/chat/" + chatId, intruder).status()).isEqualTo(404);
			assertThat(api.get("/api/chat/" + chatId + "/messages", intruder).status()).isEqualTo(404);
			assertThat(send(chatId, intruder, Map.of("text", "let me in")).status()).isEqualTo(404);
		}
		assertThat(api.get("/api/chat", stranger).body().valueStream().map(c -> c.get("id").asString()))
				.doesNotContain(chatId);
		assertThat(api.get("/api/chat/cnv_not-even-an-id/messages", customer).status()).isEqualTo(404);
		assertThat(api.get("/api/chat/" + chatId + "/messages", null).status()).isEqualTo(401);
	}

	@Test
	void supervisorsSeeEveryChat() {
		var chatId = openChat();
		var supervisor = agents.token(agents.createInTeam("Watcher", "kyc", "AGENT", "SUPERVISOR"));

		assertThat(api.get("/api/chat/" + chatId + "/messages", supervisor).status()).isEqualTo(200);
	}

	@Test
	void readingResetsTheUnreadCountAndShowsAsReadToTheSender() {
		var agentEmail = agents.create("Reader Agent", "AGENT");
		var agent = agents.token(agentEmail);
		var chatId = agents.directChat(customer, agentEmail);
		send(chatId, agent, Map.of("text", "Hello, I am here to help"));
		var last = send(chatId, agent, Map.of("text", "What went wrong?")).body().get("id").asString();
		assertThat(api.get("/api/chat/" + chatId, customer).body().get("unreadCounts").get(customerId).asLong())
				.isEqualTo(2);

		var read = api.send("PUT", "/api/chat/" + chatId + "/messages/" + last + "/read", customer, null,
				java.net.http.HttpRequest.BodyPublishers.noBody());

		assertThat(read.status()).isEqualTo(200);
		assertThat(api.get("/api/chat/" + chatId, customer).body().get("unreadCounts").get(customerId).asLong())
				.isZero();
		var agentView = api.get("/api/chat/" + chatId + "/messages", agent).body();
		assertThat(agentView.valueStream().map(m -> m.get("isRead").asBoolean())).containsOnly(true);
	}

	@Test
	void readingAnUnknownMessageIsNotFound() {
		var chatId = openChat();

		var read = api.send("PUT", "/api/chat/" + chatId + "/messages/msg_nope/read", customer, null,
				java.net.http.HttpRequest.BodyPublishers.noBody());

		assertThat(read.status()).isEqualTo(404);
	}

	@Test
	void endedChatTakesNoMoreMessagesAndANewOneCanStart() {
		var chatId = openChat();

		var closed = api.post("/api/chat/" + chatId + "/close", customer, Map.of());

		assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
		var late = send(chatId, customer, Map.of("text", "one more thing"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body().get("code").asString()).isEqualTo("conversation-closed");
		var next = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
		opened.add(next);
		assertThat(next).isNotEqualTo(chatId);
		var history = api.get("/api/chat/" + chatId + "/messages", customer).body();
		assertThat(history.get(history.size() - 1).get("text").asString()).contains("ended the chat");
	}

	/** A chat with the class's agent: assigned at once, so no queue messages interleave. */
	@Test
	void aReceiverIdMustBeTheOtherSideOfTheChat() {
		var chatId = openChat();
		var agentId = agents.idOf(agentEmail);

		var toSomeoneElse = api.post("/api/chat/" + chatId + "/messages", customer,
				Map.of("text", "psst", "receiverId", "cust-" + UUID.randomUUID()));
		var toTheAgent = api.post("/api/chat/" + chatId + "/messages", customer,
				Map.of("text", "hello", "receiverId", agentId));

		assertThat(toSomeoneElse.status()).isEqualTo(400);
		assertThat(toSomeoneElse.body().get("errors").get(0).get("field").asString()).isEqualTo("receiverId");
		assertThat(toTheAgent.status()).isEqualTo(201);
		assertThat(toTheAgent.body().get("receiverId").asString()).isEqualTo(agentId);
		assertThat(api.get("/api/chat/" + chatId + "/messages", customer).body().findValuesAsString("text"))
				.contains("hello").doesNotContain("psst");
	}

	private String openChat() {
		var chatId = agents.directChat(customer, agentEmail);
		opened.add(chatId);
		return chatId;
	}

	private Api.Response send(String chatId, String token, Map<String, ?> body) {
		return api.post("/api/chat/" + chatId + "/messages", token, body);
	}

	private static <T> List<T> runConcurrently(int count, Callable<T> task) throws Exception {
		try (var pool = Executors.newFixedThreadPool(count)) {
			var futures = new ArrayList<java.util.concurrent.Future<T>>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(task));
			}
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}
}
