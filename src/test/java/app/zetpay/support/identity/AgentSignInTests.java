package app.zetpay.support.identity;

import static app.zetpay.support.testing.AgentFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;

@IntegrationTest
class AgentSignInTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	AgentFixtures agents;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void freshThrottleWindows() {
		agents = new AgentFixtures(api);
		// Every test starts with no failed attempts counting against this machine's address, also
		// when a database is reused between runs (the production-profile tests).
		jdbc.sql("DELETE FROM login_attempt").update();
		clock.advance(Duration.ofDays(1));
	}

	@Test
	void signedInAgentGetsATokenCarryingTheirRoles() {
		var email = agents.create("Meera Iyer", "AGENT", "SUPERVISOR");

		var response = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(response.body().get("agent").get("roles").valueStream().map(n -> n.asString()))
				.containsExactly("AGENT", "SUPERVISOR");
		var me = api.get("/api/me", response.body().get("token").asString());
		assertThat(me.body().get("kind").asString()).isEqualTo("agent");
		assertThat(me.body().get("name").asString()).isEqualTo("Meera Iyer");
	}

	@Test
	void emailIsMatchedWhateverItsCase() {
		var email = agents.create("Case Tester", "AGENT");

		var response = api.post("/api/auth/login", null,
				Map.of("email", email.toUpperCase(), "password", AgentFixtures.PASSWORD));

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void wrongPasswordAndUnknownEmailLookTheSame() {
		var email = agents.create("Wrong Password", "AGENT");

		var wrong = api.post("/api/auth/login", null, Map.of("email", email, "password", "not-the-password"));
		var unknown = api.post("/api/auth/login", null,
				Map.of("email", uniqueEmail(), "password", "not-the-password"));

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.body().get("code").asString()).isEqualTo("invalid-credentials");
		assertThat(unknown.body().get("detail")).isEqualTo(wrong.body().get("detail"));
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
		var email = agents.create("Locked Out", "AGENT");
		for (int i = 0; i < 5; i++) {
			assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", "wrong-" + i)).status())
					.isEqualTo(401);
		}

		var locked = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.body().get("code").asString()).isEqualTo("account-locked");
		assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
	}

	@Test
	void lockExpiresAfterTheLockoutPeriod() {
		var email = agents.create("Comes Back", "AGENT");
		for (int i = 0; i < 5; i++) {
			api.post("/api/auth/login", null, Map.of("email", email, "password", "wrong-" + i));
		}

		clock.advance(Duration.ofMinutes(16));

		var response = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void successResetsTheRunOfFailures() {
		var email = agents.create("Fat Fingers", "AGENT");
		for (int i = 0; i < 4; i++) {
			api.post("/api/auth/login", null, Map.of("email", email, "password", "wrong-" + i));
		}
		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).isEqualTo(200);

		for (int i = 0; i < 4; i++) {
			api.post("/api/auth/login", null, Map.of("email", email, "password", "again-wrong-" + i));
		}

		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).isEqualTo(200);
	}

	@Test
	void tooManyFailuresFromOneAddressAreRefused() {
		var email = agents.create("Same Network", "AGENT");
		// Spread over many emails so no single account locks: only the address limit can trip.
		for (int i = 0; i < 30; i++) {
			api.post("/api/auth/login", null, Map.of("email", uniqueEmail(), "password", "guess-" + i));
		}

		var refused = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("code").asString()).isEqualTo("too-many-attempts");

		clock.advance(Duration.ofMinutes(11));
		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).isEqualTo(200);
	}

	@Test
	void disabledAccountCannotSignInAndItsTokenStopsWorking() {
		var email = agents.create("Leaving Soon", "AGENT");
		var token = api.agentToken(email, AgentFixtures.PASSWORD);
		var id = api.get("/api/me", token).body().get("id").asString();

		var disabled = api.post("/api/admin/agents/" + id + "/disable", agents.adminToken(), Map.of());

		assertThat(disabled.status()).isEqualTo(200);
		assertThat(api.get("/api/me", token).status()).isEqualTo(401);
		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).isEqualTo(401);
	}

	@Test
	void agentTokenExpires() {
		var email = agents.create("Long Shift", "AGENT");
		var token = api.agentToken(email, AgentFixtures.PASSWORD);

		clock.advance(Duration.ofHours(9));

		var response = api.get("/api/me", token);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body().get("code").asString()).isEqualTo("invalid-token");
	}
}
