package app.zetpay.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/** The embedded default's way to try the product without an identity provider. */
@IntegrationTest
@Tag("embedded-only")
class DevTokenEndpointTests {

	@Autowired
	Api api;

	@Test
	void issuesACustomerTokenForAnyUserId() {
		var issued = api.post("/api/dev/token", null, Map.of("userId", "demo-user-1", "name", "Ravi Kumar"));

		assertThat(issued.status()).isEqualTo(200);
		var me = api.get("/api/me", issued.body().get("token").asString());
		assertThat(me.body().get("id").asString()).isEqualTo("demo-user-1");
		assertThat(me.body().get("name").asString()).isEqualTo("Ravi Kumar");
		assertThat(me.body().get("kind").asString()).isEqualTo("customer");
	}

	@Test
	void theSignInPageIsToldItMayOfferDemoCustomersBesideTheAppsBridge() {
		var methods = api.get("/api/auth/sign-in-methods", null);

		assertThat(methods.status()).isEqualTo(200);
		assertThat(methods.body().get("customer").valueStream().map(m -> m.asString()))
				.containsExactly("DEMO_CUSTOMERS", "HOST_BRIDGE");
	}

	@Test
	void customerTokenCannotReachAdminRoutes() {
		var token = api.post("/api/dev/token", null, Map.of("userId", "demo-user-2")).body().get("token").asString();

		assertThat(api.get("/api/admin/agents", token).status()).isEqualTo(403);
	}

	@Test
	void refusesUnusableUserIds() {
		var blank = api.post("/api/dev/token", null, Map.of("userId", " "));
		var odd = api.post("/api/dev/token", null, Map.of("userId", "<script>"));

		assertThat(blank.status()).isEqualTo(400);
		assertThat(odd.status()).isEqualTo(400);
		assertThat(odd.body().get("errors").findValuesAsString("field")).containsExactly("userId");
	}

	@Test
	void demoAgentsCanSignIn() {
		assertThat(api.agentToken("asha@demo.zetpay.app", "demo-agent-pass")).isNotBlank();
		assertThat(api.agentToken("vikram@demo.zetpay.app", "demo-super-pass")).isNotBlank();
	}
}
