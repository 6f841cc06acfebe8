package app.zetpay.support.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates accounts through the admin API, as an admin would. */
public final class AgentFixtures {

	public static final String PASSWORD = "correct-horse-battery";
	/** What the admin sets; the holder replaces it with {@link #PASSWORD} at the first sign-in (decision 0047). */
	public static final String ADMIN_SET_PASSWORD = "set-by-the-admin-1";
	public static final String ROOT_EMAIL = "root@zetpay.test";
	public static final String ROOT_PASSWORD = "root-admin-password";

	private final Api api;

	public AgentFixtures(Api api) {
		this.api = api;
	}

	public static String uniqueEmail() {
		return "agent-" + UUID.randomUUID() + "@zetpay.test";
	}

	/**
	 * An address that reads like the person's ("priya.sharma.1a2b3c4d@…"), so the @handles and
	 * addresses in screenshots look like a team's; unique all the same.
	 */
	static String emailFor(String name) {
		var local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
		return (local.isEmpty() ? "agent" : local) + "." + UUID.randomUUID().toString().substring(0, 8) + "@zetpay.test";
	}

	public String adminToken() {
		return api.agentToken(ROOT_EMAIL, ROOT_PASSWORD);
	}

	/** Creates an account with the given roles in team {@code payments} and returns its email. */
	public String create(String name, String... roles) {
		return createInTeam(name, "payments", roles);
	}

	/**
	 * Creates an account with the given roles in one team and returns its email. Its holder has already
	 * replaced the admin's password with {@link #PASSWORD}, as they must at the first sign-in.
	 */
	public String createInTeam(String name, String team, String... roles) {
		var email = emailFor(name);
		var response = api.post("/api/admin/agents", adminToken(), Map.of("email", email, "name", name, "password",
				ADMIN_SET_PASSWORD, "roles", List.of(roles), "teams", List.of(team)));
		if (response.status() != 201) {
			throw new IllegalStateException("Could not create " + email + ": " + response.raw().body());
		}
		choosePassword(email, ADMIN_SET_PASSWORD);
		return email;
	}

	/** The holder's first sign-in with a password an admin set: they choose {@link #PASSWORD}. */
	public void choosePassword(String email, String adminSet) {
		var changed = api.post("/api/auth/password", api.agentToken(email, adminSet),
				Map.of("currentPassword", adminSet, "newPassword", PASSWORD));
		if (changed.status() != 200) {
			throw new IllegalStateException("Could not choose a password for " + email + ": " + changed.raw().body());
		}
	}

	/** Signs in an account created here. */
	public String token(String email) {
		return api.agentToken(email, PASSWORD);
	}

	/** Sets an account's availability (ONLINE, AWAY, OFFLINE) as its holder would. */
	public void availability(String email, String availability) {
		var response = api.send("PUT", "/api/agents/me/availability", token(email), "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString("{\"availability\":\"" + availability + "\"}"));
		if (response.status() != 200) {
			throw new IllegalStateException("Could not set " + email + " " + availability + ": " + response.raw().body());
		}
	}

	/** The id of an account created here. */
	public String idOf(String email) {
		return api.get("/api/me", token(email)).body().get("id").asString();
	}

	/** Opens a chat from this customer straight to an agent created here (no bot, no queue); its id. */
	public String directChat(String customerToken, String agentEmail) {
		var response = api.post("/api/chat/initiate/" + idOf(agentEmail), customerToken, Map.of());
		if (response.status() != 200 && response.status() != 201) {
			throw new IllegalStateException("Could not open a chat with " + agentEmail + ": " + response.raw().body());
		}
		return response.body().get("id").asString();
	}
}
