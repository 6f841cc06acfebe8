package app.zetpay.support.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** The colleague directory the console's mention autocomplete and transfer dialog choose from. */
@IntegrationTest
class ColleagueDirectoryTests {

	@Autowired
	Api api;

	AgentFixtures agents;

	@BeforeEach
	void setUp() {
		agents = new AgentFixtures(api);
	}

	@Test
	void aColleagueComesWithHandleStatusLoadAndTeams() {
		var team = "dir-" + UUID.randomUUID().toString().substring(0, 8);
		var priyaEmail = agents.createInTeam("Priya Directory", team, "AGENT");
		var asker = agents.token(agents.create("Asking Agent", "AGENT"));
		var priya = agents.token(priyaEmail);
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Dir Customer");
		var chatId = agents.directChat(customer, priyaEmail);
		api.send("PUT", "/api/agents/me/availability", priya, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"availability\":\"AWAY\"}"));

		var found = colleague(asker, agents.idOf(priyaEmail));

		assertThat(found.get("name").asString()).isEqualTo("Priya Directory");
		assertThat(found.get("handle").asString()).isEqualTo(priyaEmail.substring(0, priyaEmail.indexOf('@')));
		assertThat(found.get("availability").asString()).isEqualTo("AWAY");
		assertThat(found.get("activeChats").asInt()).isEqualTo(1);
		assertThat(found.get("canTakeChats").asBoolean()).isTrue();
		assertThat(found.get("me").asBoolean()).isFalse();
		assertThat(found.get("teams").values()).extracting(JsonNode::asString).containsExactly(team);
		api.post("/api/chat/" + chatId + "/close", customer, Map.of());
	}

	@Test
	void disabledAccountsAndAdminsWithoutADeskAreNotColleagues() {
		var asker = agents.token(agents.create("Asking Agent", "AGENT"));
		var goneEmail = agents.create("Gone Agent", "AGENT");
		var goneId = agents.idOf(goneEmail);
		var adminId = agents.idOf(agents.create("Only Admin", "ADMIN"));
		api.post("/api/admin/agents/" + goneId + "/disable", agents.adminToken(), Map.of());

		var ids = new ArrayList<String>();
		api.get("/api/agents/colleagues", asker).body().values().forEach(c -> ids.add(c.get("id").asString()));

		assertThat(ids).doesNotContain(goneId, adminId).isNotEmpty();
	}

	@Test
	void customersCannotListStaff() {
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Curious Customer");

		assertThat(api.get("/api/agents/colleagues", customer).status()).isEqualTo(403);
	}

	private JsonNode colleague(String token, String id) {
		var response = api.get("/api/agents/colleagues", token);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		for (var c : response.body().values()) {
			if (c.get("id").asString().equals(id)) {
				return c;
			}
		}
		throw new AssertionError("No colleague " + id + " in " + response.raw().body());
	}
}
