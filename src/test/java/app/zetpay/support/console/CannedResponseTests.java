package app.zetpay.support.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Canned responses: personal and team-wide, found by prefix, filled on the server for a chat. */
@IntegrationTest
class CannedResponseTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String agent;
	String supervisor;
	String team;
	String shortcut;

	@BeforeEach
	void anAgentAndASupervisorOfATeam() {
		agents = new AgentFixtures(api);
		team = "canned-" + UUID.randomUUID().toString().substring(0, 8);
		agent = agents.token(agents.createInTeam("Canned Agent", team, "AGENT"));
		supervisor = agents.token(agents.createInTeam("Canned Supervisor", team, "AGENT", "SUPERVISOR"));
		shortcut = "s" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCannedResponseIsFilledForTheConversationOnTheServer() {
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Anil Rao");
		var agentEmail = agents.createInTeam("Canned Owner", team, "AGENT");
		var owner = agents.token(agentEmail);
		var chatId = agents.directChat(customer, agentEmail);
		var id = api.post("/api/agents/canned-responses", owner, Map.of("shortcut", "/" + shortcut, "text",
				"Hi {{customer.name}}, I am {{ agent.name }}. Ref {{conversation.id}}.")).body().get("id").asString();

		var rendered = api.post("/api/agents/canned-responses/" + id + "/render", owner,
				Map.of("conversationId", chatId));
		var stranger = api.post("/api/agents/canned-responses/" + id + "/render", agent, Map.of("conversationId", chatId));

		assertThat(rendered.body().get("text").asString())
				.isEqualTo("Hi Anil Rao, I am Canned Owner. Ref " + chatId + ".");
		assertThat(stranger.status()).isEqualTo(404);
	}

	@Test
	void anUnknownPlaceholderIsRefusedWhenSaved() {
		var response = api.post("/api/agents/canned-responses", agent,
				Map.of("shortcut", shortcut, "text", "Hello {{customer.pan}}"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.raw().body()).contains("customer.pan");
	}

	@Test
	void onlySupervisorsWriteTeamResponsesWhichTheWholeTeamFindsByPrefix() {
		var byAgent = api.post("/api/agents/canned-responses", agent,
				Map.of("shortcut", shortcut, "text", "Team text", "team", team));
		var bySupervisor = api.post("/api/agents/canned-responses", supervisor,
				Map.of("shortcut", shortcut, "text", "Refunds take 3 banking days", "team", team));
		var mine = api.post("/api/agents/canned-responses", agent,
				Map.of("shortcut", shortcut + "-mine", "text", "My own words"));
		assertThat(bySupervisor.status()).as(bySupervisor.raw().body()).isEqualTo(201);
		var teamId = bySupervisor.body().get("id").asString();
		var agentEdits = api.send("PUT", "/api/agents/canned-responses/" + teamId, agent, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"text\":\"changed\"}"));

		var found = api.get("/api/agents/canned-responses?q=/" + shortcut.substring(0, 5), agent).body();
		var byText = api.get("/api/agents/canned-responses?q=refunds%20take", agent).body();

		assertThat(byAgent.status()).isEqualTo(403);
		assertThat(bySupervisor.status()).isEqualTo(201);
		assertThat(bySupervisor.body().get("scope").asString()).isEqualTo("TEAM");
		assertThat(mine.body().get("scope").asString()).isEqualTo("PERSONAL");
		assertThat(agentEdits.status()).isEqualTo(403);
		assertThat(shortcuts(found)).containsExactly(shortcut, shortcut + "-mine");
		assertThat(shortcuts(byText)).containsExactly(shortcut);
	}

	@Test
	void aShortcutIsUniquePerOwnerAndPersonalOnesStayPrivate() {
		var first = api.post("/api/agents/canned-responses", agent, Map.of("shortcut", shortcut, "text", "one"));
		var again = api.post("/api/agents/canned-responses", agent, Map.of("shortcut", shortcut, "text", "two"));
		var someoneElse = api.post("/api/agents/canned-responses", supervisor, Map.of("shortcut", shortcut, "text", "x"));
		var id = first.body().get("id").asString();
		var othersDelete = api.send("DELETE", "/api/agents/canned-responses/" + id, supervisor, null,
				HttpRequest.BodyPublishers.noBody());
		var ownDelete = api.send("DELETE", "/api/agents/canned-responses/" + id, agent, null,
				HttpRequest.BodyPublishers.noBody());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("shortcut-taken");
		assertThat(someoneElse.status()).isEqualTo(201);
		assertThat(othersDelete.status()).isEqualTo(404);
		assertThat(ownDelete.status()).isEqualTo(204);
	}

	private static List<String> shortcuts(JsonNode list) {
		var shortcuts = new ArrayList<String>();
		list.forEach(r -> shortcuts.add(r.get("shortcut").asString()));
		return shortcuts;
	}
}
