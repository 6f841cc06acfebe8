package app.zetpay.support.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * With {@code support.bot.urgent-team} set, the bot's urgent handovers (suspected fraud, blocked
 * cards) wait for that team alone, still ahead of the line. Without it they go to any agent, as
 * {@link TriageBotTests} shows.
 */
@IntegrationTest
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.model-poll=200ms",
		"support.bot.urgent-team=" + UrgentTeamTests.URGENT_TEAM })
class UrgentTeamTests {

	static final String URGENT_TEAM = "fraud-desk";

	@Autowired
	Api api;

	/** Chats this test opened, by the customer token that owns them. */
	final Map<String, String> opened = new HashMap<>();

	@BeforeAll
	static void trainOnTheBuiltInIntents(@Autowired Api api) throws Exception {
		BuiltInIntents.trainAndActivate(api);
	}

	/** Queued chats left behind would be routed to the agents of whichever test class comes next. */
	@AfterEach
	void closeTheChats() {
		opened.forEach((chat, token) -> api.post("/api/chat/" + chat + "/close", token, Map.of()));
	}

	@Test
	void suspectedFraudWaitsForTheUrgentTeamAheadOfEarlierChats() {
		var agents = new AgentFixtures(api);
		var fraudDesk = agents.token(agents.createInTeam("Farah", URGENT_TEAM, "AGENT"));
		var payments = agents.token(agents.create("Pavan", "AGENT"));
		var earlier = handedOverAfter("talk to a human");

		var fraud = handedOverAfter("someone used my card without my permission");

		var seen = api.get("/api/chat/" + fraud, agents.adminToken()).body();
		assertThat(seen.path("team").asString()).isEqualTo(URGENT_TEAM);
		assertThat(seen.get("handoverNote").asString()).contains("suspected fraud");
		assertThat(queueSeenBy(fraudDesk)).containsSubsequence(fraud, earlier);
		// A plain request for a person is not the urgent team's: everyone else still sees that one.
		assertThat(queueSeenBy(payments)).contains(earlier).doesNotContain(fraud);
	}

	/** A new customer writes {@code text} to the bot; the chat once the bot has queued it for a person. */
	private String handedOverAfter(String text) {
		var customer = api.customerToken("bot-customer-" + UUID.randomUUID(), "Meera");
		var chat = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
		opened.put(chat, customer);
		api.post("/api/chat/" + chat + "/messages", customer, Map.of("text", text));
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if ("QUEUED".equals(api.get("/api/chat/" + chat, customer).body().path("status").asString())) {
				return chat;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("The bot did not hand chat " + chat + " over after \"" + text + "\"");
	}

	/** The waiting chats an agent may take, first in line first. */
	private List<String> queueSeenBy(String agent) {
		return api.get("/api/agents/queue", agent).body().valueStream().map(p -> p.get("conversationId").asString())
				.toList();
	}
}
