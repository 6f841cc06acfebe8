package app.zetpay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST calls of the cluster scenario, each answered with its status, JSON body and the node
 * nginx passed it to ({@code X-Upstream-Addr}). {@link #expect} turns an unexpected status into a
 * failure that quotes the server's problem+json.
 */
final class Rest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http;
	private final URI base;
	private final JsonMapper json;

	Rest(HttpClient http, URI base, JsonMapper json) {
		this.http = http;
		this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
		this.json = json;
	}

	record Response(String call, int status, JsonNode body, String node) {
	}

	Response get(String path, String token) {
		return send("GET /" + path, HttpRequest.newBuilder(base.resolve(path)).GET(), token);
	}

	Response post(String path, String token, Object body) {
		return send("POST /" + path, HttpRequest.newBuilder(base.resolve(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), token);
	}

	/** The body when the status is the expected one; else the scenario cannot go on. */
	static JsonNode expect(Response response, int status) {
		if (response.status() != status) {
			throw new ClusterScenario.Failure(response.call() + " → " + response.status() + " (expected " + status
					+ ", node " + response.node() + "): " + response.body());
		}
		return response.body();
	}

	private Response send(String call, HttpRequest.Builder request, String token) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			var response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
			var body = response.body().isBlank() ? json.createObjectNode() : parse(response.body());
			return new Response(call, response.statusCode(), body,
					response.headers().firstValue("X-Upstream-Addr").map(UpstreamTap::lastAddress).orElse("unknown"));
		}
		catch (IOException e) {
			throw new ClusterScenario.Failure(call + ": " + e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ClusterScenario.Failure(call + ": interrupted");
		}
	}

	private JsonNode parse(String body) {
		try {
			return json.readTree(body);
		}
		catch (RuntimeException e) {
			return json.createObjectNode().put("unparsed", body);
		}
	}
}
