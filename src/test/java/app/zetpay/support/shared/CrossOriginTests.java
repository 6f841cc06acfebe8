package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

/**
 * Pages of the origins in {@code support.web.allowed-origins} (the tests configure
 * {@code https://shop.example.test} and {@code https://*.partner.example.test}), where the chat widget
 * is embedded, may call the API and open the socket; pages of any other origin may not.
 */
@IntegrationTest
class CrossOriginTests {

	static final String SHOP = "https://shop.example.test";
	static final String ELSEWHERE = "https://evil.example.test";

	@Autowired
	Api api;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAllowedOriginsPreflightIsAnswered() throws Exception {
		var preflight = preflight("/api/chat/initiate/support", SHOP, "POST", "authorization, content-type");

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
			.contains("authorization").contains("content-type");
		assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
		// Tokens travel in a header, never in a cookie: nothing to send with credentials.
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void anAllowedOriginReadsTheAnswerAndItsRetryAfter() throws Exception {
		var token = api.customerToken("cors-customer", "Cora");

		var answer = http.send(HttpRequest.newBuilder(api.uri("/api/me")).header("Origin", SHOP)
				.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
		assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("Retry-After");
	}

	@Test
	void aStarStandsForPartOfTheHost() throws Exception {
		var preflight = preflight("/api/support/faqs", "https://help.partner.example.test", "GET", "authorization");

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue("https://help.partner.example.test");
	}

	@Test
	void anyOtherOriginGetsNoCorsAnswer() throws Exception {
		var preflight = preflight("/api/chat/initiate/support", ELSEWHERE, "POST", "authorization");
		var plain = http.send(HttpRequest.newBuilder(api.uri("/api/support/faqs?query=refund")).header("Origin", ELSEWHERE)
				.GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(plain.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void onlyTheApiIsOpenToOtherOrigins() throws Exception {
		var page = http.send(HttpRequest.newBuilder(api.uri("/actuator/health")).header("Origin", SHOP).GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void theSocketOpensFromAnAllowedOriginThisOriginAndClientsWithoutOne() {
		var token = api.customerToken("cors-socket", "Sockrates");
		var self = "http://" + api.uri("/").getAuthority();

		for (var origin : new String[] { SHOP, "https://help.partner.example.test", self, null }) {
			try (var socket = SocketClient.connect(api, origin)) {
				socket.send(api.json().writeValueAsString(Map.of("type", "authenticate", "token", token)));
				assertThat(socket.next("auth_success").path("payload").path("userId").asString())
					.as("from " + origin).isEqualTo("cors-socket");
			}
		}
	}

	@Test
	void theSocketRefusesAPageOfAnyOtherOrigin() {
		assertThatThrownBy(() -> SocketClient.connect(api, ELSEWHERE)).isInstanceOf(CompletionException.class)
			.cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
					refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(403));
	}

	private HttpResponse<String> preflight(String path, String origin, String method, String headers) throws Exception {
		return http.send(HttpRequest.newBuilder(api.uri(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin).header("Access-Control-Request-Method", method)
				.header("Access-Control-Request-Headers", headers).build(), HttpResponse.BodyHandlers.ofString());
	}
}
