package app.zetpay.support.cobrowse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

import tools.jackson.databind.JsonNode;

/**
 * Co-browsing across two nodes sharing PostgreSQL and Redis, as in production: the customer's page
 * on node A, her agent on node B. The prompt, the page, the pointer and the end cross between them;
 * another agent on node A receives nothing.
 */
@Tag("production-only")
class CobrowseTwoNodeTests {

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
	void thePageOnOneNodeReachesOnlyItsAgentOnTheOther() {
		var agents = new AgentFixtures(apiA);
		var email = agents.create("Node B Cobrowser", "AGENT");
		agents.availability(email, "AWAY");
		var otherEmail = agents.create("Node A Bystander", "AGENT");
		var customer = apiA.customerToken("cust-" + UUID.randomUUID(), "Two Node Customer");
		var chatId = agents.directChat(customer, email);

		try (var agent = SocketClient.authenticated(apiB, agents.token(email));
				var bystander = SocketClient.authenticated(apiA, agents.token(otherEmail));
				var page = SocketClient.authenticated(apiA, customer)) {
			agent.send("cobrowse_request", Map.of("chatId", chatId));
			var prompt = page.next(f -> session(f, "REQUESTED"), "the prompt on node A");
			var sessionId = prompt.at("/payload/sessionId").asString();
			page.send("cobrowse_respond", Map.of("sessionId", sessionId, "accept", true));
			agent.next(f -> session(f, "ACTIVE"), "the consent on node B");

			page.send("cobrowse_events", Map.of("sessionId", sessionId, "seq", 0, "full", true, "chunk", 0, "chunks", 1,
					"data", "[{\"type\":2,\"from\":\"node A\"}]"));
			var events = agent.next("cobrowse_events");
			assertThat(events.at("/payload/data").asString()).contains("node A");

			agent.send("cobrowse_highlight", Map.of("sessionId", sessionId, "nodeId", 7));
			assertThat(page.next("cobrowse_highlight").at("/payload/nodeId").asLong()).isEqualTo(7);

			page.send("cobrowse_end", Map.of("sessionId", sessionId));
			assertThat(agent.next(f -> session(f, "ENDED"), "the end on node B").at("/payload/endReason").asString())
				.isEqualTo("ENDED_BY_CUSTOMER");
			page.send("cobrowse_events", Map.of("sessionId", sessionId, "seq", 1, "full", false, "chunk", 0, "chunks", 1,
					"data", "[{\"type\":3}]"));
			assertThat(page.next("error").at("/payload/code").asString()).isEqualTo("cobrowse-forbidden");
			assertThat(agent.drain("cobrowse_events", Duration.ofMillis(500))).isEmpty();
			assertThat(bystander.drain("cobrowse_events", Duration.ZERO)).isEmpty();
		}
	}

	@Test
	void aPageThatDropsOnOneNodeResumesOnTheOther() {
		var agents = new AgentFixtures(apiA);
		var email = agents.create("Node B Resumer", "AGENT");
		agents.availability(email, "AWAY");
		var customer = apiA.customerToken("cust-" + UUID.randomUUID(), "Roaming Customer");
		var chatId = agents.directChat(customer, email);

		try (var agent = SocketClient.authenticated(apiB, agents.token(email))) {
			String sessionId;
			try (var page = SocketClient.authenticated(apiA, customer)) {
				agent.send("cobrowse_request", Map.of("chatId", chatId));
				sessionId = page.next(f -> session(f, "REQUESTED"), "the prompt on node A").at("/payload/sessionId")
					.asString();
				page.send("cobrowse_respond", Map.of("sessionId", sessionId, "accept", true));
				agent.next(f -> session(f, "ACTIVE"), "the consent on node B");
			}
			// Node A saw its page go: the agent on node B is told the session waits for it.
			agent.next(f -> session(f, "ACTIVE") && f.at("/payload/pageLost").asBoolean(), "the page dropped");

			try (var back = SocketClient.authenticated(apiB, customer)) {
				back.send("cobrowse_resume", Map.of("sessionId", sessionId));
				back.next("cobrowse_resync");
				agent.next(f -> session(f, "ACTIVE") && !f.at("/payload/pageLost").asBoolean(), "the page is back");
				back.send("cobrowse_events", Map.of("sessionId", sessionId, "seq", 5, "full", true, "chunk", 0, "chunks",
						1, "data", "[{\"type\":2,\"from\":\"node B\"}]"));
				assertThat(agent.next("cobrowse_events").at("/payload/data").asString()).contains("node B");
				back.send("cobrowse_end", Map.of("sessionId", sessionId));
				assertThat(agent.next(f -> session(f, "ENDED"), "the end").at("/payload/endReason").asString())
					.isEqualTo("ENDED_BY_CUSTOMER");
			}
		}
	}

	static boolean session(JsonNode frame, String state) {
		return frame.path("type").asString().equals("cobrowse_session")
				&& frame.at("/payload/state").asString().equals(state);
	}
}
