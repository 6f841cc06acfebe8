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

/**
 * Choosing one's own password: required after a one-time password (invite, reset), and open to any
 * staff member; the account's other tokens stop working.
 */
@IntegrationTest
class PasswordChangeTests {

	static final String CHOSEN = "my-own-chosen-password";

	@Autowired
	Api api;

	AgentFixtures agents;
	String supervisor;

	@BeforeEach
	void signIn() {
		agents = new AgentFixtures(api);
		supervisor = agents.token(agents.create("Resetting Lead", "AGENT", "SUPERVISOR"));
	}

	@Test
	void afterAResetTheOneTimePasswordOpensNothingButChoosingANewOne() {
		var email = agents.create("Reset Agent", "AGENT");
		var oneTime = api.post("/api/team/accounts/" + agents.idOf(email) + "/reset-password", supervisor, Map.of())
				.body().get("oneTimePassword").asString();

		var login = login(email, oneTime);

		assertThat(login.body().get("passwordChangeRequired").asBoolean()).isTrue();
		var token = login.body().get("token").asString();
		var refused = api.get("/api/agents/me", token);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("code").asString()).isEqualTo("password-change-required");
		assertThat(api.get("/api/tickets", token).status()).isEqualTo(403);
		assertThat(api.get("/api/me", token).status()).as("who am I stays open").isEqualTo(200);

		var changed = change(token, oneTime, CHOSEN);

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("passwordChangeRequired").asBoolean()).isFalse();
		var fresh = changed.body().get("token").asString();
		assertThat(api.get("/api/agents/me", fresh).status()).isEqualTo(200);
		assertThat(api.get("/api/me", token).status()).as("the one-time token is spent").isEqualTo(401);
		assertThat(login(email, CHOSEN).body().get("passwordChangeRequired").asBoolean()).isFalse();
		assertThat(login(email, oneTime).status()).isEqualTo(401);
	}

	@Test
	void anInvitedAgentMustChooseAPasswordToo() {
		var email = AgentFixtures.uniqueEmail();
		var oneTime = api.post("/api/team/accounts", supervisor, Map.of("email", email, "name", "Invited Agent",
				"roles", List.of("AGENT"))).body().get("oneTimePassword").asString();

		var login = login(email, oneTime);

		assertThat(login.body().get("passwordChangeRequired").asBoolean()).isTrue();
		assertThat(api.get("/api/agents/me", login.body().get("token").asString()).body().get("code").asString())
				.isEqualTo("password-change-required");
	}

	@Test
	void anyStaffMemberChangesTheirPasswordAndTheirOtherTokensStopWorking() {
		var email = agents.create("Careful Agent", "AGENT");
		var laptop = agents.token(email);
		var phone = agents.token(email);

		var changed = change(laptop, AgentFixtures.PASSWORD, CHOSEN);

		assertThat(changed.status()).isEqualTo(200);
		assertThat(api.get("/api/me", phone).status()).isEqualTo(401);
		assertThat(api.get("/api/me", laptop).status()).isEqualTo(401);
		assertThat(api.get("/api/agents/me", changed.body().get("token").asString()).status()).isEqualTo(200);
		assertThat(login(email, AgentFixtures.PASSWORD).status()).isEqualTo(401);
		assertThat(login(email, CHOSEN).status()).isEqualTo(200);
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
		var email = agents.create("Guessed Agent", "AGENT");
		var token = agents.token(email);

		var refused = change(token, "not-my-password-at-all", CHOSEN);

		assertProblemOnField(refused, "currentPassword");
		assertThat(api.get("/api/me", token).status()).isEqualTo(200);
		assertThat(login(email, AgentFixtures.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aNewPasswordFollowsTheUsualRulesAndDiffersFromTheCurrentOne() {
		var email = agents.create("Lazy Agent", "AGENT");
		var token = agents.token(email);

		assertProblemOnField(change(token, AgentFixtures.PASSWORD, "short"), "newPassword");
		assertProblemOnField(change(token, AgentFixtures.PASSWORD, AgentFixtures.PASSWORD), "newPassword");
		assertThat(login(email, AgentFixtures.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void customersHaveNoPasswordHere() {
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "App User");

		var refused = change(customer, "whatever-it-is", CHOSEN);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	private Api.Response login(String email, String password) {
		return api.post("/api/auth/login", null, Map.of("email", email, "password", password));
	}

	private Api.Response change(String token, String current, String next) {
		return api.post("/api/auth/password", token, Map.of("currentPassword", current, "newPassword", next));
	}

	private static void assertProblemOnField(Api.Response response, String field) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("errors").valueStream().map(e -> e.get("field").asString()))
				.containsExactly(field);
		assertThat(response.body().get("code").asString()).isEqualTo("validation-failed");
	}
}
