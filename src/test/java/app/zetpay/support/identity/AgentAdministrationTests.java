package app.zetpay.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class AgentAdministrationTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String admin;

	@BeforeEach
	void signInAsAdmin() {
		agents = new AgentFixtures(api);
		admin = agents.adminToken();
	}

	@Test
	void adminCreatesAnAgentWhoCanSignIn() {
		var email = AgentFixtures.uniqueEmail();

		var created = api.post("/api/admin/agents", admin, Map.of("email", email, "name", "Kabir Shah", "password",
				AgentFixtures.ADMIN_SET_PASSWORD, "roles", List.of("AGENT"), "teams", List.of("Payments", "cards"),
				"maxConcurrentChats", 3));

		assertThat(created.status()).isEqualTo(201);
		var id = created.body().get("id").asString();
		assertThat(created.header("Location")).endsWith("/api/admin/agents/" + id);
		assertThat(created.body().get("teams").valueStream().map(JsonNode::asString)).containsExactly("cards",
				"payments");
		assertThat(created.body().get("maxConcurrentChats").asInt()).isEqualTo(3);
		assertThat(created.body().has("password")).isFalse();
		assertThat(api.get("/api/me", api.agentToken(email, AgentFixtures.ADMIN_SET_PASSWORD)).body().get("id")
				.asString()).isEqualTo(id);
	}

	@Test
	void aPasswordTheAdminChoseAtCreationMustBeReplacedAtTheFirstSignIn() {
		var email = AgentFixtures.uniqueEmail();
		api.post("/api/admin/agents", admin, Map.of("email", email, "name", "Meera Rao", "password",
				AgentFixtures.ADMIN_SET_PASSWORD, "roles", List.of("SUPERVISOR")));

		var login = login(email, AgentFixtures.ADMIN_SET_PASSWORD);

		assertThat(login.body().get("passwordChangeRequired").asBoolean()).isTrue();
		var token = login.body().get("token").asString();
		assertPasswordChangeRequired(api.get("/api/agents/me", token));
		assertPasswordChangeRequired(api.get("/api/reports?from=2026-11-01&to=2026-11-30", token));
		agents.choosePassword(email, AgentFixtures.ADMIN_SET_PASSWORD);
		var own = login(email, AgentFixtures.PASSWORD);
		assertThat(own.body().get("passwordChangeRequired").asBoolean()).isFalse();
		assertThat(api.get("/api/agents/me", own.body().get("token").asString()).status()).isEqualTo(200);
	}

	@Test
	void aPasswordTheAdminSetsForSomeoneElseIsOneTimeAndEndsTheirTokens() {
		var email = agents.create("Set By Admin", "AGENT");
		var before = api.agentToken(email, AgentFixtures.PASSWORD);

		var edited = api.patch("/api/admin/agents/" + idOf(email), admin, Map.of("password", "a-brand-new-password"));

		assertThat(edited.status()).isEqualTo(200);
		assertThat(api.get("/api/me", before).status()).as("tokens from before the reset").isEqualTo(401);
		assertThat(login(email, AgentFixtures.PASSWORD).status()).isEqualTo(401);
		var login = login(email, "a-brand-new-password");
		assertThat(login.body().get("passwordChangeRequired").asBoolean()).isTrue();
		assertPasswordChangeRequired(api.get("/api/agents/me", login.body().get("token").asString()));
	}

	@Test
	void anAdminWhoSetsTheirOwnPasswordHereIsNotAskedToChangeIt() {
		var email = agents.create("Own Password Admin", "ADMIN");
		var token = api.agentToken(email, AgentFixtures.PASSWORD);

		api.patch("/api/admin/agents/" + idOf(email), token, Map.of("password", "my-own-new-password"));

		var login = login(email, "my-own-new-password");
		assertThat(login.body().get("passwordChangeRequired").asBoolean()).isFalse();
		assertThat(api.get("/api/agents/me", login.body().get("token").asString()).status()).isEqualTo(200);
	}

	@Test
	void capacityDefaultsToFiveConcurrentChats() {
		var created = api.post("/api/admin/agents", admin, Map.of("email", AgentFixtures.uniqueEmail(), "name",
				"Default Capacity", "password", AgentFixtures.PASSWORD, "roles", List.of("AGENT")));

		assertThat(created.body().get("maxConcurrentChats").asInt()).isEqualTo(5);
	}

	@Test
	void duplicateEmailIsAConflict() {
		var email = agents.create("First", "AGENT");

		var second = api.post("/api/admin/agents", admin, Map.of("email", email.toUpperCase(), "name", "Second",
				"password", AgentFixtures.PASSWORD, "roles", List.of("AGENT")));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body().get("code").asString()).isEqualTo("email-taken");
	}

	@Test
	void invalidAccountsAreRefusedWithTheOffendingField() {
		assertInvalid(Map.of("email", "not-an-email", "name", "X", "password", AgentFixtures.PASSWORD, "roles",
				List.of("AGENT")), "email");
		assertInvalid(Map.of("email", AgentFixtures.uniqueEmail(), "name", "X", "password", "short", "roles",
				List.of("AGENT")), "password");
		assertInvalid(Map.of("email", AgentFixtures.uniqueEmail(), "name", "X", "password", AgentFixtures.PASSWORD,
				"roles", List.of()), "roles");
		assertInvalid(Map.of("email", AgentFixtures.uniqueEmail(), "name", "X", "password", AgentFixtures.PASSWORD,
				"roles", List.of("AGENT"), "maxConcurrentChats", 0), "maxConcurrentChats");
		assertInvalid(Map.of("email", AgentFixtures.uniqueEmail(), "name", "X", "password", AgentFixtures.PASSWORD,
				"roles", List.of("AGENT"), "teams", List.of("no spaces allowed")), "teams");
	}

	@Test
	void unknownRoleIsABadRequest() {
		var response = api.post("/api/admin/agents", admin, Map.of("email", AgentFixtures.uniqueEmail(), "name", "X",
				"password", AgentFixtures.PASSWORD, "roles", List.of("OVERLORD")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("detail").asString()).contains("roles");
	}

	@Test
	void onlyAdminsManageAccounts() {
		var supervisor = api.agentToken(agents.create("Just Supervisor", "AGENT", "SUPERVISOR"),
				AgentFixtures.PASSWORD);

		assertThat(api.get("/api/admin/agents", supervisor).status()).isEqualTo(403);
		assertThat(api.post("/api/admin/agents", supervisor, Map.of("email", AgentFixtures.uniqueEmail(), "name",
				"X", "password", AgentFixtures.PASSWORD, "roles", List.of("ADMIN"))).status()).isEqualTo(403);
		assertThat(api.get("/api/admin/agents", null).status()).isEqualTo(401);
	}

	@Test
	void adminListsAndReadsAccounts() {
		var email = agents.create("Listed Agent", "AGENT");

		var list = api.get("/api/admin/agents", admin);

		assertThat(list.status()).isEqualTo(200);
		var listed = list.body().valueStream().filter(a -> a.get("email").asString().equals(email)).findFirst();
		assertThat(listed).isPresent();
		var one = api.get("/api/admin/agents/" + listed.get().get("id").asString(), admin);
		assertThat(one.body().get("name").asString()).isEqualTo("Listed Agent");
	}

	@Test
	void unknownAgentIsNotFound() {
		assertThat(api.get("/api/admin/agents/agt_00000000000000000000000000000000", admin).status()).isEqualTo(404);
		assertThat(api.get("/api/admin/agents/not-an-id", admin).status()).isEqualTo(404);
	}

	@Test
	void adminEditsOnlyTheFieldsSent() {
		var id = idOf(agents.create("Before Edit", "AGENT"));

		var edited = api.patch("/api/admin/agents/" + id, admin,
				Map.of("name", "After Edit", "teams", List.of("kyc"), "maxConcurrentChats", 8));

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.body().get("name").asString()).isEqualTo("After Edit");
		assertThat(edited.body().get("teams").get(0).asString()).isEqualTo("kyc");
		assertThat(edited.body().get("maxConcurrentChats").asInt()).isEqualTo(8);
		assertThat(edited.body().get("roles").get(0).asString()).isEqualTo("AGENT");
	}


	@Test
	void disabledAccountCanBeEnabledAgain() {
		var email = agents.create("On And Off", "AGENT");
		var id = idOf(email);

		assertThat(api.post("/api/admin/agents/" + id + "/disable", admin, Map.of()).body().get("enabled").asBoolean())
				.isFalse();
		assertThat(api.post("/api/admin/agents/" + id + "/enable", admin, Map.of()).body().get("enabled").asBoolean())
				.isTrue();
		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).isEqualTo(200);
	}

	@Test
	void adminCannotDisableOrDemoteThemselves() {
		var me = api.get("/api/me", admin).body().get("id").asString();

		var disable = api.post("/api/admin/agents/" + me + "/disable", admin, Map.of());
		var demote = api.patch("/api/admin/agents/" + me, admin, Map.of("roles", List.of("AGENT")));

		assertThat(disable.status()).isEqualTo(409);
		assertThat(demote.status()).isEqualTo(409);
		assertThat(api.get("/api/me", admin).status()).isEqualTo(200);
	}

	@Test
	void anotherAdminCanBeDisabledWhileOneRemains() {
		var second = idOf(agents.create("Second Admin", "ADMIN"));

		var response = api.post("/api/admin/agents/" + second + "/disable", admin, Map.of());

		assertThat(response.status()).isEqualTo(200);
	}

	private void assertInvalid(Map<String, Object> body, String field) {
		var response = api.post("/api/admin/agents", admin, body);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
		assertThat(response.body().get("code").asString()).isEqualTo("validation-failed");
		assertThat(response.body().get("errors").findValuesAsString("field")).contains(field);
	}

	private Api.Response login(String email, String password) {
		return api.post("/api/auth/login", null, Map.of("email", email, "password", password));
	}

	private static void assertPasswordChangeRequired(Api.Response response) {
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("code").asString()).isEqualTo("password-change-required");
	}

	private String idOf(String email) {
		return api.get("/api/me", api.agentToken(email, AgentFixtures.PASSWORD)).body().get("id").asString();
	}
}
