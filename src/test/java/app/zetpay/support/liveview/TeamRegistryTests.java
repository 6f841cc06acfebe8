package app.zetpay.support.liveview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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

/**
 * Teams renamed (the display name: the key everything holds stays) and deleted (only when nothing
 * uses them, else 409 saying what does).
 */
@IntegrationTest
class TeamRegistryTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String supervisor;

	@BeforeEach
	void signIn() {
		agents = new AgentFixtures(api);
		supervisor = agents.token(agents.create("Registry Lead", "AGENT", "SUPERVISOR"));
	}

	@Test
	void renamingATeamKeepsItsKeySoItsMembersAndCannedResponsesStayItsOwn() {
		var name = newTeam("Wallet Team");
		var member = agents.createInTeam("Wallet Agent", name, "AGENT");
		var canned = api.post("/api/agents/canned-responses", supervisor, Map.of("shortcut", "/w" + name.substring(2, 6),
				"text", "Your wallet top-up is on its way.", "team", name));
		assertThat(canned.status()).isEqualTo(201);

		var renamed = api.patch("/api/team/teams/" + name, supervisor, Map.of("displayName", "Wallets and UPI"));

		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.body().get("name").asString()).isEqualTo(name);
		assertThat(renamed.body().get("displayName").asString()).isEqualTo("Wallets and UPI");
		assertThat(renamed.body().get("description").asString()).as("unchanged").isEqualTo("About " + name);
		assertThat(team(name).get("members").asInt()).isEqualTo(1);
		var memberTeams = api.get("/api/agents/me", agents.token(member)).body().get("teams");
		assertThat(memberTeams.valueStream().map(JsonNode::asString)).containsExactly(name);
		var teamCanned = api.get("/api/agents/canned-responses", agents.token(member)).body().valueStream()
				.filter(c -> name.equals(c.path("team").asString(null))).toList();
		assertThat(teamCanned).hasSize(1);
	}

	@Test
	void aRenameIsCheckedAndAnUnknownTeamIsNotFound() {
		var name = newTeam("Cards Team");

		assertThat(api.patch("/api/team/teams/" + name, supervisor, Map.of("displayName", " ")).status())
				.isEqualTo(400);
		var missing = api.patch("/api/team/teams/no-such-team-" + name, supervisor, Map.of("displayName", "X"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(api.patch("/api/team/teams/Not%20A%20Name", supervisor, Map.of("displayName", "X")).status())
				.isEqualTo(404);
	}

	@Test
	void aTeamInUseIsNotDeletedAndTheAnswerSaysWhatUsesIt() {
		var name = newTeam("Busy Team");
		var member = agents.createInTeam("Busy Member", name, "AGENT");
		api.post("/api/agents/canned-responses", supervisor, Map.of("shortcut", "/b" + name.substring(2, 6), "text",
				"We are on it.", "team", name));

		var refused = delete("/api/team/teams/" + name, supervisor);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("code").asString()).isEqualTo("team-in-use");
		assertThat(refused.body().get("uses").valueStream().map(u -> u.get("what").asString() + "=" + u.get("count").asInt()))
				.containsExactlyInAnyOrder("members=1", "team canned responses=1");
		assertThat(refused.body().get("detail").asString()).contains("1 members", "1 team canned responses");
		assertThat(team(name)).isNotNull();

		api.patch("/api/team/accounts/" + agents.idOf(member), supervisor, Map.of("teams", List.of()));
		var cannedId = api.get("/api/agents/canned-responses", supervisor).body().valueStream()
				.filter(c -> name.equals(c.path("team").asString(null))).findFirst().orElseThrow().get("id").asString();
		assertThat(delete("/api/agents/canned-responses/" + cannedId, supervisor).status())
				.isEqualTo(204);

		assertThat(delete("/api/team/teams/" + name, supervisor).status()).isEqualTo(204);
		assertThat(api.get("/api/team/teams", supervisor).body().valueStream().map(t -> t.get("name").asString()))
				.doesNotContain(name);
	}

	@Test
	void agentsNeitherRenameNorDeleteTeams() {
		var name = newTeam("Guarded Team");
		var agent = agents.token(agents.create("Curious Agent", "AGENT"));

		assertThat(api.patch("/api/team/teams/" + name, agent, Map.of("displayName", "Mine")).status()).isEqualTo(403);
		assertThat(delete("/api/team/teams/" + name, agent).status()).isEqualTo(403);
		assertThat(team(name).get("displayName").asString()).isEqualTo("Guarded Team");
	}

	private Api.Response delete(String path, String token) {
		return api.send("DELETE", path, token, null, HttpRequest.BodyPublishers.noBody());
	}

	private String newTeam(String displayName) {
		var name = "t-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("/api/team/teams", supervisor, Map.of("name", name, "displayName", displayName,
				"description", "About " + name)).status()).isEqualTo(201);
		return name;
	}

	private JsonNode team(String name) {
		return api.get("/api/team/teams", supervisor).body().valueStream()
				.filter(t -> t.get("name").asString().equals(name)).findFirst().orElseThrow();
	}
}
