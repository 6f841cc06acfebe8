package app.zetpay.support.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.zetpay.support.testing.Api;

/** Creates accounts through the admin API, as an admin would. */
class AgentFixtures {

	static final String PASSWORD = "correct-horse-battery";
	static final String ROOT_EMAIL = "root@zetpay.test";
	static final String ROOT_PASSWORD = "root-admin-password";

	private final Api api;

	AgentFixtures(Api api) {
		this.api = api;
	}

	static String uniqueEmail() {
		return "agent-" + UUID.randomUUID() + "@zetpay.test";
	}

	String adminToken() {
		return api.agentToken(ROOT_EMAIL, ROOT_PASSWORD);
	}

	/** Creates an account with the given roles and returns its email. */
	String create(String name, String... roles) {
		var email = uniqueEmail();
		var response = api.post("/api/admin/agents", adminToken(), Map.of("email", email, "name", name, "password",
				PASSWORD, "roles", List.of(roles), "teams", List.of("payments")));
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create " + email + ": " + response.raw().body());
		}
		return email;
	}
}
