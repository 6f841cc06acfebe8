package app.zetpay.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/** Ticket changes are posted, signed, to the app's backend so it can push a notification. */
@IntegrationTest
class TicketNotificationTests {

	record Received(String body, String timestamp, String signature) {
	}

	static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
	static final HttpServer RECEIVER = receiver();

	@Autowired
	Api api;

	@DynamicPropertySource
	static void notifyUrl(DynamicPropertyRegistry registry) {
		registry.add("support.tickets.notify-url",
				() -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/push");
	}

	@AfterAll
	static void stop() {
		RECEIVER.stop(0);
	}

	@Test
	void aNewTicketIsPostedWithAVerifiableSignature() {
		var userId = "cust-" + UUID.randomUUID();
		var ticketId = api.post("/api/support/tickets/create", api.customerToken(userId, "Push Me"),
				Map.of("issueType", "Notify", "description", "please")).body().get("id").asString();

		await().untilAsserted(() -> assertThat(RECEIVED).anyMatch(r -> r.body().contains(ticketId)));
		var received = RECEIVED.stream().filter(r -> r.body().contains(ticketId)).findFirst().orElseThrow();
		assertThat(received.body()).contains("\"type\":\"ticket.opened\"").contains(userId);
		assertThat(received.signature())
				.isEqualTo("sha256=" + PaymentWebhookTests.hmac("test-webhook-secret", received.timestamp(),
						received.body()));
	}

	private static HttpServer receiver() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/push", exchange -> {
				var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				RECEIVED.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Zetpay-Timestamp"),
						exchange.getRequestHeaders().getFirst("X-Zetpay-Signature")));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
