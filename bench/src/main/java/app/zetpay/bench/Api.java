package app.zetpay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST calls the bench needs for setup, probing and clean-up. Blocking by design: callers run
 * them on virtual threads. Every call has a timeout, and any status but the expected one fails the
 * call with the server's problem+json body in the message.
 */
final class Api {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http;
	private final URI base;
	private final JsonMapper json;

	Api(HttpClient http, URI base, JsonMapper json) {
		this.http = http;
		this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
		this.json = json;
	}

	/** A signed-in account: its token and, for agents, its id. */
	record SignedIn(String token, String id) {
	}

	/** A chat as {@code /api/chat/initiate} returns it. */
	record Chat(String id, String status, String assignedAgentId, long lastSeq) {
	}

	String devToken(String userId, String name) {
		return post("api/dev/token", null, Map.of("userId", userId, "name", name), 200).path("token").asString();
	}

	/** Signs in once; a wrong password is not retried, so the bench never trips sign-in throttling. */
	SignedIn login(String email, String password) {
		var body = post("api/auth/login", null, Map.of("email", email, "password", password), 200);
		return new SignedIn(body.path("token").asString(), body.path("agent").path("id").asString());
	}

	/**
	 * Creates an agent and signs in once as them to replace the admin's one-time password with
	 * {@code password} (the server refuses everything else until then), so {@link #login} works after.
	 */
	String createAgent(String adminToken, String email, String name, String password, String team, int capacity) {
		var adminSet = password + "-set-by-admin";
		var request = Map.of("email", email, "name", name, "password", adminSet, "roles", List.of("AGENT"),
				"teams", List.of(team), "maxConcurrentChats", capacity);
		var id = post("api/admin/agents", adminToken, request, 201).path("id").asString();
		post("api/auth/password", login(email, adminSet).token(),
				Map.of("currentPassword", adminSet, "newPassword", password), 200);
		return id;
	}

	void disableAgent(String adminToken, String agentId) {
		post("api/admin/agents/" + agentId + "/disable", adminToken, Map.of(), 200);
	}

	Chat initiate(String customerToken, String agentId) {
		var body = post("api/chat/initiate/" + agentId, customerToken, Map.of(), 200);
		return new Chat(body.path("id").asString(), body.path("status").asString(),
				body.path("assignedAgentId").asString(), body.path("lastSeq").asLong());
	}

	void closeChat(String token, String chatId) {
		post("api/chat/" + chatId + "/close", token, Map.of(), 200);
	}

	/** An actuator measurement (the first one), or empty when the server does not have the meter. */
	Optional<Double> metric(String adminToken, String name) {
		var response = send(HttpRequest.newBuilder(base.resolve("actuator/metrics/" + name)).GET()
				.header("Authorization", "Bearer " + adminToken));
		if (response.statusCode() != 200) {
			return Optional.empty();
		}
		var value = json.readTree(response.body()).path("measurements").path(0).path("value");
		return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
	}

	private JsonNode post(String path, String token, Object body, int expected) {
		var request = HttpRequest.newBuilder(base.resolve(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		var response = send(request);
		// "busy" asks to come back in a moment and did nothing (a server still working off another
		// run's clean-up answers set-up requests so): set-up waits for it rather than giving up.
		for (int attempt = 1; attempt <= BUSY_RETRIES && isBusy(response); attempt++) {
			pause(Duration.ofMillis(250L * attempt));
			response = send(request);
		}
		if (response.statusCode() != expected) {
			throw new CallFailed("POST /" + path + " → " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	private static final int BUSY_RETRIES = 10;

	private boolean isBusy(HttpResponse<String> response) {
		if (response.statusCode() != 503) {
			return false;
		}
		try {
			return "busy".equals(json.readTree(response.body()).path("code").asString(""));
		}
		catch (RuntimeException notProblemJson) {
			return false;
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CallFailed("interrupted while the server was busy");
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new CallFailed(request.build().uri() + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CallFailed("interrupted");
		}
	}

	static final class CallFailed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CallFailed(String message) {
			super(message);
		}
	}
}
