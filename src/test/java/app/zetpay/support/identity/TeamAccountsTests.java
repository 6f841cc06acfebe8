package app.zetpay.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The team page's account API: supervisors run the team, only admins touch roles and admins. */
@IntegrationTest
class TeamAccountsTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String supervisor;
	String admin;

	@BeforeEach
	void signIn() {
		agents = new AgentFixtures(api);
		supervisor = agents.token(agents.create("Team Lead", "AGENT", "SUPERVISOR"));
		admin = agents.adminToken();
	}

	@Test
	void supervisorInvitesAnAgentWhoSignsInWithTheOneTimePasswordShownOnce() {
		var email = AgentFixtures.uniqueEmail();

		var invited = api.post("/api/team/accounts", supervisor, Map.of("email", email, "name", "New Hire",
				"roles", List.of("AGENT"), "teams", List.of("payments"), "maxConcurrentChats", 2));

		assertThat(invited.status()).isEqualTo(201);
		var oneTime = invited.body().get("oneTimePassword").asString();
		assertThat(oneTime).hasSize(16);
		assertThat(invited.body().get("account").get("maxConcurrentChats").asInt()).isEqualTo(2);
		assertThat(api.get("/api/me", api.agentToken(email, oneTime)).body().get("id").asString())
				.isEqualTo(invited.body().get("account").get("id").asString());
		var listed = api.get("/api/team/accounts", supervisor).body().valueStream()
				.filter(a -> a.get("email").asString().equals(email)).findFirst().orElseThrow();
		assertThat(listed.has("oneTimePassword")).isFalse();
	}

	@Test
	void supervisorMayNotCreateSupervisorsOrAdmins() {
		for (var roles : List.of(List.of("AGENT", "SUPERVISOR"), List.of("ADMIN"))) {
			var refused = api.post("/api/team/accounts", supervisor, Map.of("email", AgentFixtures.uniqueEmail(),
					"name", "Too Powerful", "roles", roles));

			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		assertThat(api.post("/api/team/accounts", admin, Map.of("email", AgentFixtures.uniqueEmail(), "name",
				"Promoted By Admin", "roles", List.of("AGENT", "SUPERVISOR"))).status()).isEqualTo(201);
	}

	@Test
	void supervisorChangesTeamsAndCapacityButNotTheLeadRoles() {
		var id = agents.idOf(agents.create("Capacity Agent", "AGENT"));

		var edited = api.patch("/api/team/accounts/" + id, supervisor,
				Map.of("teams", List.of("cards", "payments"), "maxConcurrentChats", 7));

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.body().get("maxConcurrentChats").asInt()).isEqualTo(7);
		assertThat(edited.body().get("teams").valueStream().map(JsonNode::asString)).containsExactly("cards",
				"payments");
		assertThat(api.patch("/api/team/accounts/" + id, supervisor, Map.of("roles", List.of("AGENT", "SUPERVISOR")))
				.status()).isEqualTo(403);
		var otherLead = agents.idOf(agents.create("Other Lead", "AGENT", "SUPERVISOR"));
		assertThat(api.patch("/api/team/accounts/" + otherLead, supervisor, Map.of("roles", List.of("AGENT")))
				.status()).isEqualTo(403);
		assertThat(api.patch("/api/team/accounts/" + id, admin, Map.of("roles", List.of("AGENT", "SUPERVISOR")))
				.status()).isEqualTo(200);
	}

	@Test
	void supervisorCannotTouchAnAdminsAccount() {
		var adminId = agents.idOf(agents.create("Some Admin", "ADMIN"));

		assertThat(api.patch("/api/team/accounts/" + adminId, supervisor, Map.of("maxConcurrentChats", 3)).status())
				.isEqualTo(403);
		assertThat(api.post("/api/team/accounts/" + adminId + "/disable", supervisor, Map.of()).status())
				.isEqualTo(403);
		assertThat(api.post("/api/team/accounts/" + adminId + "/reset-password", supervisor, Map.of()).status())
				.isEqualTo(403);
	}

	@Test
	void supervisorDisablesAndEnablesAgentsButNotOtherSupervisors() {
		var email = agents.create("Switched Agent", "AGENT");
		var token = agents.token(email);
		var id = agents.idOf(email);

		assertThat(api.post("/api/team/accounts/" + id + "/disable", supervisor, Map.of()).body().get("enabled")
				.asBoolean()).isFalse();
		assertThat(api.get("/api/me", token).status()).isEqualTo(401);
		assertThat(api.post("/api/team/accounts/" + id + "/enable", supervisor, Map.of()).body().get("enabled")
				.asBoolean()).isTrue();
		assertThat(api.get("/api/me", token).status()).isEqualTo(200);

		var lead = agents.idOf(agents.create("Peer Lead", "AGENT", "SUPERVISOR"));
		assertThat(api.post("/api/team/accounts/" + lead + "/disable", supervisor, Map.of()).status()).isEqualTo(403);
	}

	@Test
	void resetPasswordRevokesTheAccountsTokensAndTheOneTimePasswordSignsIn() {
		var email = agents.create("Forgetful Agent", "AGENT");
		var oldToken = agents.token(email);

		var reset = api.post("/api/team/accounts/" + agents.idOf(email) + "/reset-password", supervisor, Map.of());

		assertThat(reset.status()).isEqualTo(200);
		assertThat(api.get("/api/me", oldToken).status()).isEqualTo(401);
		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).as("the old password is gone").isEqualTo(401);
		var fresh = api.agentToken(email, reset.body().get("oneTimePassword").asString());
		assertThat(api.get("/api/me", fresh).status()).isEqualTo(200);
	}

	@Test
	void nobodyResetsTheirOwnPasswordHere() {
		var id = api.get("/api/me", supervisor).body().get("id").asString();

		var refused = api.post("/api/team/accounts/" + id + "/reset-password", supervisor, Map.of());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body().get("code").asString()).isEqualTo("cannot-reset-own-password");
	}

	@Test
	void agentsHaveNoTeamPage() {
		var agent = agents.token(agents.create("Plain Agent", "AGENT"));

		assertThat(api.get("/api/team/accounts", agent).status()).isEqualTo(403);
		assertThat(api.get("/api/team/teams", agent).status()).isEqualTo(403);
		assertThat(api.get("/api/team/live", agent).status()).isEqualTo(403);
		assertThat(api.get("/api/team/accounts", null).status()).isEqualTo(401);
	}

	@Test
	void aTeamCreatedBeforeItsMembersIsListedAndANewNameOnAnAccountIsRegistered() {
		var name = "t-" + UUID.randomUUID().toString().substring(0, 8);

		var created = api.post("/api/team/teams", supervisor, Map.of("name", name, "displayName", "Wallet Team",
				"description", "Wallet top-ups"));

		assertThat(created.status()).isEqualTo(201);
		var listed = team(name);
		assertThat(listed.get("displayName").asString()).isEqualTo("Wallet Team");
		assertThat(listed.get("members").asInt()).isZero();
		assertThat(api.post("/api/team/teams", supervisor, Map.of("name", name, "displayName", "Again")).status())
				.isEqualTo(409);
		assertThat(api.post("/api/team/teams", supervisor, Map.of("name", "no spaces", "displayName", "X")).status())
				.isEqualTo(400);

		var free = "f-" + UUID.randomUUID().toString().substring(0, 8);
		agents.createInTeam("Free Team Member", free, "AGENT");
		assertThat(team(free).get("members").asInt()).isEqualTo(1);
		assertThat(team(free).get("displayName").asString()).isEqualTo(free);
	}

	private JsonNode team(String name) {
		return api.get("/api/team/teams", supervisor).body().valueStream()
				.filter(t -> t.get("name").asString().equals(name)).findFirst().orElseThrow();
	}
}
