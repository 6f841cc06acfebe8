package app.zetpay.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/** What the production profile must and must not have. Runs with {@code -Ppostgres}. */
@IntegrationTest
@Tag("production-only")
class ProductionProfileTests {

	@Autowired
	Api api;

	@Autowired
	ApplicationContext context;

	@Autowired
	Environment environment;

	@Test
	void runsOnPostgresql() {
		assertThat(environment.getActiveProfiles()).contains("prod");
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
	}

	@Test
	void countsRateLimitsInRedisForTheWholeCluster() {
		assertThat(context.getBean(app.zetpay.support.shared.RateLimiter.class).getClass().getSimpleName())
				.startsWith("RedisRateLimiter");
	}

	@Test
	void devTokenEndpointDoesNotExist() {
		var agent = new AgentFixtures(api).adminToken();

		assertThat(context.containsBean("devTokenController")).isFalse();
		assertThat(api.post("/api/dev/token", agent, Map.of("userId", "intruder")).status()).isEqualTo(404);
		assertThat(api.post("/api/dev/token", null, Map.of("userId", "intruder")).status()).isEqualTo(401);
	}

	@Test
	void theSignInPageIsToldOnlyOfTheAppsBridge() {
		var methods = api.get("/api/auth/sign-in-methods", null);

		assertThat(methods.status()).isEqualTo(200);
		assertThat(methods.body().get("customer").valueStream().map(m -> m.asString()))
				.containsExactly("HOST_BRIDGE");
	}

	@Test
	void noDemoAgentsAreCreated() {
		var login = api.post("/api/auth/login", null, Map.of("email", "asha@demo.zetpay.app", "password",
				"demo-agent-pass"));

		assertThat(login.status()).isEqualTo(401);
	}

	/**
	 * Only a configured secret opens the payments webhook there (WebhookSecretTests: closed without
	 * one), and a generated admin password is only logged (AccountBootstrapTests).
	 */
	@Test
	void keepsNoGeneratedSecretInAFile() {
		assertThat(environment.getProperty("support.tickets.payments.generated-secret-file")).isEmpty();
		assertThat(environment.getProperty("support.admin.password-file")).isEmpty();
	}

	@Test
	void withoutAPaymentsSystemConfiguredLookupsSayItIsUnavailable() {
		var agent = new AgentFixtures(api).adminToken();
		// Staff see only the transactions of a customer in a chat or ticket they can see.
		var userId = "someone-" + java.util.UUID.randomUUID();
		api.post("/api/support/tickets/create", api.customerToken(userId, "Someone"),
				Map.of("issueType", "Payment", "description", "Where is my money?"));

		var response = api.get("/api/agents/customers/" + userId + "/transactions", agent);

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.body().get("code").asString()).isEqualTo("payments-unavailable");
	}

	@Test
	void readinessChecksTheDatabaseAndRedis() {
		var admin = new AgentFixtures(api).adminToken();

		var readiness = api.get("/actuator/health/readiness", admin);

		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
		assertThat(readiness.body().get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(readiness.body().get("components").get("redis").get("status").asString()).isEqualTo("UP");
	}
}
