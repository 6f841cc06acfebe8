package app.zetpay.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.identity.internal.TokenIssuer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the running app over real HTTP, as the mobile app and the agent console do, and mints
 * customer tokens the way the identity provider would (signed by the service's own issuer, so it
 * works in the production profile too, where the dev endpoint does not exist).
 */
public final class Api {

	private final IntSupplier port;
	private final JsonMapper json;
	private final TokenIssuer tokens;
	private final HttpClient http = HttpClient.newHttpClient();

	/** An Api for a node started by the test itself. */
	public static Api forContext(org.springframework.context.ConfigurableApplicationContext context) {
		var port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
		return new Api(() -> port, context.getBean(JsonMapper.class), context.getBean(TokenIssuer.class));
	}

	Api(IntSupplier port, JsonMapper json, TokenIssuer tokens) {
		this.port = port;
		this.json = json;
		this.tokens = tokens;
	}

	public record Response(int status, HttpResponse<String> raw, JsonNode body) {

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}
	}

	public String customerToken(String userId, String name) {
		return tokens.forCustomer(userId, name).value();
	}

	/**
	 * Closes every chat of these customers. Tests share one context: a chat left waiting would be
	 * routed to another test's agent.
	 */
	public void closeChatsOf(String... customerTokens) {
		for (var customer : customerTokens) {
			for (var chat : get("/api/chat", customer).body()) {
				post("/api/chat/" + chat.get("id").asString() + "/close", customer, java.util.Map.of());
			}
		}
	}

	/** Signs in a local account and returns its bearer token. */
	public String agentToken(String email, String password) {
		var response = post("/api/auth/login", null, json.createObjectNode().put("email", email).put("password", password));
		if (response.status() != 200) {
			throw new IllegalStateException("Sign-in of " + email + " failed: " + response.raw().body());
		}
		return response.body().get("token").asString();
	}

	public Response get(String path, @Nullable String token) {
		return send(request(path, token).GET());
	}

	public Response get(String path, @Nullable String token, String accept) {
		return send(request(path, token).header("Accept", accept).GET());
	}

	public Response post(String path, @Nullable String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
	}

	public Response patch(String path, @Nullable String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString(toJson(body))));
	}

	public Response send(String method, String path, @Nullable String token, @Nullable String contentType,
			HttpRequest.BodyPublisher body) {
		var builder = request(path, token).method(method, body);
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder);
	}

	public Response sendWithHeaders(String method, String path, String contentType, java.util.Map<String, String> headers,
			HttpRequest.BodyPublisher body) {
		var builder = request(path, null).method(method, body).header("Content-Type", contentType);
		headers.forEach(builder::header);
		return send(builder);
	}

	/** A multipart/form-data upload of one file in the part named {@code file}. */
	public Response upload(String path, @Nullable String token, String filename, String contentType, byte[] bytes) {
		var boundary = "----zetpay" + java.util.UUID.randomUUID();
		var body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send("POST", path, token, "multipart/form-data; boundary=" + boundary,
				HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port.getAsInt() + path);
	}

	public JsonMapper json() {
		return json;
	}

	private HttpRequest.Builder request(String path, @Nullable String token) {
		var builder = HttpRequest.newBuilder(uri(path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private String toJson(Object body) {
		return body instanceof String raw ? raw : json.writeValueAsString(body);
	}

	private Response send(HttpRequest.Builder builder) {
		if (builder.build().headers().firstValue("Accept").isEmpty()) {
			builder.header("Accept", "application/json, application/problem+json");
		}
		try {
			var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			var body = response.body() == null || response.body().isBlank() ? json.nullNode()
					: parseOrText(response.body());
			return new Response(response.statusCode(), response, body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private JsonNode parseOrText(String body) {
		try {
			return json.readTree(body);
		}
		catch (RuntimeException notJson) {
			return json.getNodeFactory().stringNode(body);
		}
	}
}
