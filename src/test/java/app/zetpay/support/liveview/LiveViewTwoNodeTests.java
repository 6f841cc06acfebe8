package app.zetpay.support.liveview;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Two nodes on one PostgreSQL and Redis, as in production: a chat queued through node A reaches a
 * supervisor connected to node B as a live_view frame (sent by A, delivered by Redis pub/sub).
 */
@Tag("production-only")
class LiveViewTwoNodeTests {

	static ProductionNodes nodes;
	static Api apiA;
	static Api apiB;

	@BeforeAll
	static void startTwoNodes() {
		// Every queued chat listed by id from its first second, so the test can find its own.
		nodes = ProductionNodes.two("--support.liveview.chat-wait-warning=0s");
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
	void aChatQueuedOnOneNodeReachesASupervisorOnTheOther() {
		var agents = new AgentFixtures(apiA);
		var supervisor = agents.token(agents.create("Two Node Lead", "SUPERVISOR"));
		var customer = apiA.customerToken("two-node-live-" + UUID.randomUUID(), "Two Node Customer");

		try (var onB = SocketClient.authenticated(apiB, supervisor)) {
			var chatId = apiA.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
			var chat = apiA.get("/api/chat/" + chatId, customer).body();
			// The database is shared with every other test's nodes: an agent left connected on one of them
			// would take the chat, and the test would then wait for a frame that rightly never comes.
			assertThat(chat.get("status").asString()).as("the new chat waits in the queue").isEqualTo("QUEUED");
			assertThat(chat.path("assignedAgentId").isMissingNode()).as("nobody took it: %s", chat).isTrue();

			// By this chat's id, not by the queue's length: the other tests' nodes share the queue and
			// may shorten it at any moment.
			var frame = onB.next(f -> f.path("type").asString().equals("live_view")
					&& lists(f.get("payload"), chatId), "a live_view frame on node B listing the new chat");

			assertThat(anyTeam(frame.get("payload")).get("longestWaitingSince").asString()).isNotBlank();
			apiA.post("/api/chat/" + chatId + "/close", customer, Map.of());
		}
	}

	private static boolean lists(tools.jackson.databind.JsonNode view, String chatId) {
		return view.get("waitingLong").valueStream().anyMatch(w -> w.get("conversationId").asString().equals(chatId));
	}

	private static tools.jackson.databind.JsonNode anyTeam(tools.jackson.databind.JsonNode view) {
		return view.get("teams").valueStream().filter(c -> c.path("team").isNull()).findFirst().orElseThrow();
	}
}
