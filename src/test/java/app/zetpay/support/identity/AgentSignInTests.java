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
	void afterThreeFailuresTheNextAttemptMustWaitEvenWithTheRightPassword() {
		var email = agents.create("Slowed Down", "AGENT");
		for (int i = 0; i < 3; i++) {
			assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", "wrong-" + i)).status())
					.isEqualTo(401);
		}

		var delayed = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));

		assertThat(delayed.status()).isEqualTo(429);
		assertThat(delayed.contentType()).startsWith("application/problem+json");
		assertThat(delayed.body().get("code").asString()).isEqualTo("sign-in-delayed");
		assertThat(delayed.body().get("retryAfter").asLong()).isEqualTo(1);
		assertThat(delayed.header("Retry-After")).isEqualTo("1");

		clock.advance(Duration.ofSeconds(1));
		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).isEqualTo(200);
	}

	@Test
	void fiveWrongPasswordsNoLongerLockTheAccountForItsOwner() {
		var email = agents.create("Not Locked Out", "AGENT");
		for (int i = 0; i < 5; i++) {
			api.post("/api/auth/login", null, Map.of("email", email, "password", "wrong-" + i));
			clock.advance(Duration.ofSeconds(10));
		}

		var response = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void successResetsTheRunOfFailures() {
		var email = agents.create("Fat Fingers", "AGENT");
		for (int i = 0; i < 3; i++) {
			api.post("/api/auth/login", null, Map.of("email", email, "password", "wrong-" + i));
		}
		clock.advance(Duration.ofSeconds(1));
		assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.status()).isEqualTo(200);

		for (int i = 0; i < 3; i++) {
			assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", "again-wrong-" + i))
					.status()).isEqualTo(401);
		}
	}

	@Test
	void failuresFromOneAddressForOtherAccountsDoNotKeepAColleagueOut() {
		var email = agents.create("Same Network", "AGENT");
		// More than the 30 that used to refuse the whole address (and everyone behind its NAT).
		for (int i = 0; i < 40; i++) {
			api.post("/api/auth/login", null, Map.of("email", uniqueEmail(), "password", "guess-" + i));
		}

		var colleague = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));

		assertThat(colleague.status()).isEqualTo(200);
	}

	@Test
	void signingInMarksTheBrowserWithAnHttpOnlyDeviceCookie() {
		var email = agents.create("Cookie Holder", "AGENT");

		var response = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD));

		assertThat(response.header("Set-Cookie")).matches("zetpay_device=[0-9a-f]{32}; .*")
				.contains("Path=/api/auth").contains("HttpOnly").contains("SameSite=Strict").contains("Max-Age=2592000");
	}

	@Test
	void aBrowserThatSignedInBeforeGetsInWhileTheAccountIsLocked() {
		var email = agents.create("Under Attack", "AGENT", "ADMIN");
		var cookie = api.post("/api/auth/login", null, Map.of("email", email, "password", AgentFixtures.PASSWORD))
				.header("Set-Cookie").split(";")[0];
		for (int i = 0; i < 100; i++) {
			jdbc.sql("""
					INSERT INTO login_attempt (email, client_ip, succeeded, attempted_at)
					VALUES (:email, :ip, FALSE, :at)""")
					.param("email", email).param("ip", "10.99.0." + i)
					.param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC)).update();
		}
		// This address, without the cookie, loses its own good standing by failing as well.
		for (int i = 0; i < 3; i++) {
			api.post("/api/auth/login", null, Map.of("email", email, "password", "wrong-" + i));
		}
		clock.advance(Duration.ofSeconds(1));

		var withoutCookie = api.post("/api/auth/login", null,
				Map.of("email", email, "password", AgentFixtures.PASSWORD));
		var withCookie = login(email, AgentFixtures.PASSWORD, cookie);

		assertThat(withoutCookie.status()).isEqualTo(429);
		assertThat(withoutCookie.body().get("code").asString()).isEqualTo("account-locked");
		assertThat(withCookie.status()).isEqualTo(200);
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

	private Api.Response login(String email, String password, String cookie) {
		return api.sendWithHeaders("POST", "/api/auth/login", "application/json", Map.of("Cookie", cookie),
				java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(
						Map.of("email", email, "password", password))));
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
