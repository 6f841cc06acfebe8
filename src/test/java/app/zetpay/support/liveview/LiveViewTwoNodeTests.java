package app.zetpay.support.liveview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.zetpay.support.SupportApplication;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.SocketClient;

/**
 * Two nodes on one PostgreSQL and Redis, as in production: a chat queued through node A reaches a
 * supervisor connected to node B as a live_view frame (sent by A, delivered by Redis pub/sub).
 */
@Tag("production-only")
class LiveViewTwoNodeTests {

	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;
	static Api apiA;
	static Api apiB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node();
		nodeB = node();
		apiA = Api.forContext(nodeA);
		apiB = Api.forContext(nodeB);
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null && nodeB.isActive()) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void aChatQueuedOnOneNodeReachesASupervisorOnTheOther() {
		var agents = new AgentFixtures(apiA);
		var supervisor = agents.token(agents.create("Two Node Lead", "SUPERVISOR"));
		var customer = apiA.customerToken("two-node-live-" + UUID.randomUUID(), "Two Node Customer");

		try (var onB = SocketClient.authenticated(apiB, supervisor)) {
			var before = anyTeam(apiB.get("/api/team/live", supervisor).body()).get("queued").asInt();
			var chatId = apiA.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();

			var frame = onB.next(f -> f.path("type").asString().equals("live_view")
					&& anyTeam(f.get("payload")).get("queued").asInt() > before, "a live_view frame on node B");

			assertThat(anyTeam(frame.get("payload")).get("longestWaitingSince").asString()).isNotBlank();
			apiA.post("/api/chat/" + chatId + "/close", customer, Map.of());
		}
	}

	private static tools.jackson.databind.JsonNode anyTeam(tools.jackson.databind.JsonNode view) {
		return view.get("teams").valueStream().filter(c -> c.path("team").isNull()).findFirst().orElseThrow();
	}

	private static ConfigurableApplicationContext node() {
		// Arguments, not default properties: they must win over application.properties.
		return new SpringApplicationBuilder(SupportApplication.class)
				.profiles("prod")
				.run("--server.port=0", "--support.admin.email=root@zetpay.test",
						"--support.admin.password=root-admin-password");
	}
}
