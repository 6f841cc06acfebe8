package app.zetpay.support.cobrowse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.cobrowse.internal.Cobrowsing;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * Co-browsing over real sockets: nothing of the page is relayed before the customer consents or
 * after the session ends, only the chat's assigned agent receives it, the limits end a session with
 * a reason both sides see, and the audit keeps who, when and why.
 */
@IntegrationTest
class CobrowseTests {

	static final Duration QUIET = Duration.ofMillis(400);

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Cobrowsing cobrowsing;

	AgentFixtures agents;
	final List<SocketClient> sockets = new ArrayList<>();

	String agentEmail;
	String agentId;
	String customerId;
	String customer;
	String chatId;
	SocketClient agent;
	SocketClient page;

	@BeforeEach
	void aChatWithItsAgent() {
		agents = new AgentFixtures(api);
		agentEmail = agents.create("Cobrowse Agent", "AGENT");
		agentId = agents.idOf(agentEmail);
		customerId = "cust-" + UUID.randomUUID();
		customer = api.customerToken(customerId, "Asha Cobrowse");
		chatId = agents.directChat(customer, agentEmail);
		agent = connect(agents.token(agentEmail));
		page = connect(customer);
	}

	@AfterEach
	void closeSockets() {
		sockets.forEach(SocketClient::close);
	}

	@Test
	void theCustomerSeesWhoAsksAndNothingIsRelayedBeforeTheyAccept() {
		agent.send("cobrowse_request", Map.of("chatId", chatId));

		var prompt = page.next(f -> session(f, "REQUESTED") && f.path("payload").has("agentName"), "the consent prompt");
		assertThat(prompt.at("/payload/agentName").asString()).isEqualTo("Cobrowse Agent");
		assertThat(prompt.at("/payload/chatId").asString()).isEqualTo(chatId);
		assertThat(prompt.at("/payload/maxDurationSeconds").asLong()).isPositive();
		var sessionId = prompt.at("/payload/sessionId").asString();

		sendPage(page, sessionId, 0, true, "{\"before\":\"consent\"}");
		var refused = page.next("error");
		assertThat(refused.at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
		assertThat(agent.drain("cobrowse_events", QUIET)).isEmpty();
	}

	@Test
	void afterConsentThePageReachesTheAssignedAgentOnly() {
		var other = agents.create("Other Agent", "AGENT");
		var otherSocket = connect(agents.token(other));
		var sessionId = accepted();

		sendPage(page, sessionId, 1, true, "[{\"type\":2,\"data\":{}}]");

		var events = agent.next("cobrowse_events");
		assertThat(events.at("/payload/sessionId").asString()).isEqualTo(sessionId);
		assertThat(events.at("/payload/data").asString()).isEqualTo("[{\"type\":2,\"data\":{}}]");
		assertThat(events.at("/payload/full").asBoolean()).isTrue();
		assertThat(otherSocket.drain("cobrowse_events", QUIET)).isEmpty();
		assertThat(page.drain("cobrowse_events", Duration.ZERO)).isEmpty();
	}

	@Test
	void anotherAgentCannotAskToWatchOrPoint() {
		var sessionId = accepted();
		var other = agents.create("Nosy Agent", "AGENT");
		var nosy = connect(agents.token(other));

		nosy.send("cobrowse_request", Map.of("chatId", chatId));
		assertThat(nosy.next("error").at("/payload/code").asString()).isIn("cobrowse-forbidden", "not-found");
		nosy.send("cobrowse_watch", Map.of("sessionId", sessionId));
		assertThat(nosy.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
		nosy.send("cobrowse_highlight", Map.of("sessionId", sessionId, "nodeId", 5));
		assertThat(nosy.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");

		sendPage(page, sessionId, 1, true, "[]");
		assertThat(nosy.drain("cobrowse_events", QUIET)).isEmpty();
		assertThat(page.drain("cobrowse_highlight", Duration.ZERO)).isEmpty();
	}

	@Test
	void onlyTheCustomerAskedCanAnswerAndACustomerCannotAsk() {
		agent.send("cobrowse_request", Map.of("chatId", chatId));
		var sessionId = page.next(f -> session(f, "REQUESTED"), "the prompt").at("/payload/sessionId").asString();
		var stranger = connect(api.customerToken("cust-" + UUID.randomUUID(), "Stranger"));

		stranger.send("cobrowse_respond", Map.of("sessionId", sessionId, "accept", true));
		assertThat(stranger.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
		page.send("cobrowse_request", Map.of("chatId", chatId));
		assertThat(page.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
		assertThat(state(sessionId)).isEqualTo("REQUESTED");
	}

	@Test
	void aDeclinedRequestRelaysNothingAndIsAudited() {
		agent.send("cobrowse_request", Map.of("chatId", chatId));
		var sessionId = page.next(f -> session(f, "REQUESTED"), "the prompt").at("/payload/sessionId").asString();

		page.send("cobrowse_respond", Map.of("sessionId", sessionId, "accept", false));

		agent.next(f -> session(f, "DECLINED"), "the refusal");
		sendPage(page, sessionId, 0, true, "[]");
		assertThat(page.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
		assertThat(agent.drain("cobrowse_events", QUIET)).isEmpty();
		assertThat(state(sessionId)).isEqualTo("DECLINED");
	}

	@Test
	void theAgentPointsAtAnElementAndOnlyTheCustomerSeesIt() {
		var sessionId = accepted();

		agent.send("cobrowse_highlight", Map.of("sessionId", sessionId, "nodeId", 42));

		var highlight = page.next("cobrowse_highlight");
		assertThat(highlight.at("/payload/nodeId").asLong()).isEqualTo(42);
		assertThat(agent.drain("cobrowse_highlight", QUIET)).isEmpty();
	}

	@Test
	void theCustomerEndingItStopsTheFramesAndTellsBothSides() {
		var sessionId = accepted();

		page.send("cobrowse_end", Map.of("sessionId", sessionId));

		var ended = agent.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("ENDED_BY_CUSTOMER");
		assertThat(ended.at("/payload/endedBy").asString()).isEqualTo("customer");
		page.next(f -> session(f, "ENDED"), "the end, on the customer's side");
		sendPage(page, sessionId, 2, false, "[{\"type\":3}]");
		assertThat(page.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
		assertThat(agent.drain("cobrowse_events", QUIET)).isEmpty();
	}

	@Test
	void theAgentCanEndItToo() {
		var sessionId = accepted();

		agent.send("cobrowse_end", Map.of("sessionId", sessionId));

		var ended = page.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("ENDED_BY_AGENT");
		assertThat(ended.at("/payload/endedBy").asString()).isEqualTo("agent");
	}

	@Test
	void resolvingTheChatEndsTheSession() {
		var sessionId = accepted();

		assertThat(api.post("/api/chat/" + chatId + "/close", agents.token(agentEmail), Map.of()).status()).isEqualTo(200);

		var ended = page.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("CHAT_CLOSED");
		assertThat(state(sessionId)).isEqualTo("ENDED");
	}

	@Test
	void handingTheChatBackToTheBotEndsTheSession() {
		var sessionId = accepted();

		assertThat(api.post("/api/chat/" + chatId + "/hand-back", agents.token(agentEmail), Map.of()).status())
				.isEqualTo(200);

		var ended = page.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("AGENT_CHANGED");
		assertThat(state(sessionId)).isEqualTo("ENDED");
	}

	@Test
	void transferringTheChatToAnotherAgentEndsTheSession() {
		var sessionId = accepted();
		var next = agents.create("Next Agent", "AGENT");
		var nextSocket = connect(agents.token(next));

		assertThat(api.post("/api/agents/conversations/" + chatId + "/transfer", agents.token(agentEmail),
				Map.of("toAgentId", agents.idOf(next))).status()).isEqualTo(200);

		var ended = page.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("AGENT_CHANGED");
		assertThat(state(sessionId)).isEqualTo("ENDED");
		sendPage(page, sessionId, 1, true, "[]");
		assertThat(nextSocket.drain("cobrowse_events", QUIET)).isEmpty();
		assertThat(agent.drain("cobrowse_events", Duration.ZERO)).isEmpty();
	}

	@Test
	void aPageWhoseSocketDropsIsWaitedForAndResumesWithAFreshSnapshot() {
		var sessionId = accepted();

		page.close();

		var waiting = agent.next(f -> session(f, "ACTIVE") && f.at("/payload/pageLost").asBoolean(), "the page dropped");
		assertThat(waiting.at("/payload/reconnectGraceSeconds").asLong()).isEqualTo(15);
		assertThat(agent.drain("cobrowse_session", QUIET)).noneMatch(f -> session(f, "ENDED"));
		var back = connect(customer);
		back.send("cobrowse_resume", Map.of("sessionId", sessionId));

		back.next("cobrowse_resync");
		agent.next(f -> session(f, "ACTIVE") && !f.at("/payload/pageLost").asBoolean(), "the page is back");
		sendPage(back, sessionId, 7, true, "[{\"type\":2}]");
		assertThat(agent.next("cobrowse_events").at("/payload/seq").asLong()).isEqualTo(7);
		clock.advance(Duration.ofSeconds(20));
		cobrowsing.sweep();
		assertThat(state(sessionId)).isEqualTo("ACTIVE");
	}

	@Test
	void aPageThatDoesNotComeBackWithinTheGraceEndsTheSessionWithAReason() {
		var sessionId = accepted();
		page.close();
		agent.next(f -> session(f, "ACTIVE") && f.at("/payload/pageLost").asBoolean(), "the page dropped");

		clock.advance(Duration.ofSeconds(10));
		cobrowsing.sweep();
		assertThat(state(sessionId)).isEqualTo("ACTIVE");
		clock.advance(Duration.ofSeconds(6));
		cobrowsing.sweep();

		var ended = agent.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("PAGE_LOST");
		assertThat(ended.at("/payload/endedBy").isNull()).isTrue();
		var late = connect(customer);
		late.send("cobrowse_resume", Map.of("sessionId", sessionId));
		assertThat(late.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-not-active");
	}

	@Test
	void onlyTheSessionsCustomerCanResumeIt() {
		var sessionId = accepted();
		var stranger = connect(api.customerToken("cust-" + UUID.randomUUID(), "Stranger"));

		stranger.send("cobrowse_resume", Map.of("sessionId", sessionId));
		assertThat(stranger.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
		agent.send("cobrowse_resume", Map.of("sessionId", sessionId));
		assertThat(agent.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");

		// The page that accepted still sends; nobody took it over.
		sendPage(page, sessionId, 1, true, "[]");
		agent.next("cobrowse_events");
	}

	@Test
	void leavingThePageEndsTheSessionAtOnce() {
		var sessionId = accepted();

		page.send("cobrowse_end", Map.of("sessionId", sessionId, "pageClosed", true));

		var ended = agent.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("PAGE_CLOSED");
		assertThat(state(sessionId)).isEqualTo("ENDED");
	}

	@Test
	void aSessionEndsByItselfAfterTheMaximumDuration() {
		var sessionId = accepted();

		clock.advance(Duration.ofMinutes(31));
		cobrowsing.sweep();

		var ended = page.next(f -> session(f, "ENDED"), "the end");
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("MAX_DURATION");
		assertThat(state(sessionId)).isEqualTo("ENDED");
	}

	@Test
	void aFrameOverTheSizeLimitEndsTheSessionWithAReasonOnBothSides() {
		var sessionId = accepted();

		sendPage(page, sessionId, 1, true, "x".repeat(24_001));

		// Both the session's end and the refused frame's error reach the page, in either order: the
		// error is written on the socket at once, the end goes through the notifier (on PostgreSQL
		// it was seen to arrive second).
		var endOrError = (java.util.function.Predicate<JsonNode>) f -> session(f, "ENDED")
				|| f.path("type").asString().equals("error");
		var first = page.next(endOrError, "the end or the error");
		var second = page.next(endOrError.and(f -> !f.path("type").asString().equals(first.path("type").asString())),
				"the other of the two");
		var ended = session(first, "ENDED") ? first : second;
		var error = ended == first ? second : first;
		assertThat(ended.at("/payload/endReason").asString()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(error.at("/payload/message").asString()).contains("over the limit");
		assertThat(agent.next(f -> session(f, "ENDED"), "the end").at("/payload/endReason").asString())
				.isEqualTo("LIMIT_EXCEEDED");
		assertThat(agent.drain("cobrowse_events", QUIET)).isEmpty();
	}

	@Test
	void aFloodOfFramesEndsTheSession() {
		var sessionId = accepted();

		for (var seq = 0; seq < 60 && page.isOpen(); seq++) {
			sendPage(page, sessionId, seq, seq == 0, "[{\"type\":3}]");
		}

		assertThat(page.next("error").at("/payload/message").asString()).contains("frames a second");
		assertThat(agent.next(f -> session(f, "ENDED"), "the end").at("/payload/endReason").asString())
				.isEqualTo("LIMIT_EXCEEDED");
		// The burst allowance went through, then nothing more.
		var relayed = agent.drain("cobrowse_events", QUIET);
		assertThat(relayed.size()).isLessThanOrEqualTo(40);
	}

	@Test
	void theAuditKeepsWhoWhenAndWhyButNotThePage() {
		var sessionId = accepted();
		sendPage(page, sessionId, 1, true, "[{\"secret\":\"page content\"}]");
		agent.next("cobrowse_events");
		page.send("cobrowse_end", Map.of("sessionId", sessionId));
		agent.next(f -> session(f, "ENDED"), "the end");

		var row = jdbc.sql("SELECT * FROM cobrowse_session WHERE id = :id").param("id", sessionId).query().singleRow();
		assertThat(row).containsEntry("agent_id", agentId).containsEntry("customer_id", customerId)
				.containsEntry("conversation_id", chatId).containsEntry("ended_by", customerId)
				.containsEntry("end_reason", "ENDED_BY_CUSTOMER").containsEntry("state", "ENDED");
		assertThat(row.get("requested_at")).isNotNull();
		assertThat(row.get("answered_at")).isNotNull();
		assertThat(row.get("ended_at")).isNotNull();
		assertThat(row.values()).noneMatch(v -> String.valueOf(v).contains("page content"));
	}

	@Test
	void onlyOneSessionAtATimeInAChat() {
		accepted();

		agent.send("cobrowse_request", Map.of("chatId", chatId));

		assertThat(agent.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-open");
	}

	/** The agent asks, the customer accepts from {@code page}; the session's id. */
	String accepted() {
		agent.send("cobrowse_request", Map.of("chatId", chatId));
		var sessionId = page.next(f -> session(f, "REQUESTED"), "the prompt").at("/payload/sessionId").asString();
		page.send("cobrowse_respond", Map.of("sessionId", sessionId, "accept", true));
		agent.next(f -> session(f, "ACTIVE"), "the consent");
		page.next(f -> session(f, "ACTIVE"), "the consent, on the customer's side");
		return sessionId;
	}

	static void sendPage(SocketClient socket, String sessionId, long seq, boolean full, String data) {
		socket.send("cobrowse_events", Map.of("sessionId", sessionId, "seq", seq, "full", full, "chunk", 0, "chunks", 1,
				"data", data));
	}

	static boolean session(JsonNode frame, String state) {
		return frame.path("type").asString().equals("cobrowse_session")
				&& frame.at("/payload/state").asString().equals(state);
	}

	String state(String sessionId) {
		return jdbc.sql("SELECT state FROM cobrowse_session WHERE id = :id").param("id", sessionId).query(String.class)
				.single();
	}

	SocketClient connect(String token) {
		var socket = SocketClient.authenticated(api, token);
		sockets.add(socket);
		return socket;
	}
}
