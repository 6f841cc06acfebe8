package app.zetpay.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;

/** Failed-but-debited payments become exactly one ticket each, through a signed webhook. */
@IntegrationTest
class PaymentWebhookTests {

	static final String SECRET = "test-webhook-secret";

	@Autowired
	Api api;

	/** The server's clock: other tests move it, and the signed timestamp must match it. */
	@Autowired
	MutableClock clock;

	@Test
	void aFailedDebitBecomesAHighPriorityTicketWithARefundEta() {
		var userId = "cust-" + UUID.randomUUID();
		var transactionId = "TXN" + UUID.randomUUID();

		var response = deliver(failedDebit(userId, transactionId, "2026-11-27T06:00:00Z"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.body().get("ticketId").asString()).startsWith("tkt_");
		// Friday 11:30 in India: Monday, Tuesday, Wednesday.
		assertThat(response.body().get("refundEta").asString()).isEqualTo("2026-12-02");
		var ticket = api.get("/api/support/tickets/" + response.body().get("ticketId").asString(),
				api.customerToken(userId, "Payer")).body();
		assertThat(ticket.get("priority").asString()).isEqualTo("HIGH");
		assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
		assertThat(ticket.get("issueType").asString()).isEqualTo("Payment Failed, Amount Debited (UPI)");
		assertThat(ticket.get("transactionId").asString()).isEqualTo(transactionId);
		assertThat(ticket.get("source").asString()).isEqualTo("PAYMENT_EVENT");
		assertThat(ticket.get("thread").get(0).get("body").asString()).contains("2026-12-02");
	}

	@Test
	void theSameTransactionReportedAgainGivesTheSameTicket() {
		var userId = "cust-" + UUID.randomUUID();
		var transactionId = "TXN" + UUID.randomUUID();

		var first = deliver(failedDebit(userId, transactionId, "2026-11-24T06:00:00Z"));
		var again = deliver(failedDebit(userId, transactionId, "2026-11-24T06:00:00Z"));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("ticketId")).isEqualTo(first.body().get("ticketId"));
		assertThat(again.body().get("refundEta")).isEqualTo(first.body().get("refundEta"));
		assertThat(api.get("/api/support/tickets", api.customerToken(userId, "Payer")).body().get("total").asLong())
				.isEqualTo(1);
	}

	@Test
	void controlCharactersInAnEventDoNotReachTheTicket() {
		var userId = "cust-" + UUID.randomUUID();
		var body = failedDebit(userId, "TXN" + UUID.randomUUID(), "2026-11-24T06:00:00Z")
				.replace("Beneficiary bank timeout", "Beneficiary\\u0000 bank\\u001b timeout");

		var response = deliver(body);

		assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
		var ticket = api.get("/api/support/tickets/" + response.body().get("ticketId").asString(),
				api.customerToken(userId, "Payer")).body();
		assertThat(ticket.get("description").asString()).contains("Reason: Beneficiary bank timeout.");
	}

	@Test
	void anEventIdReusedForAnotherTransactionIsAConflict() {
		var userId = "cust-" + UUID.randomUUID();
		var first = failedDebit(userId, "TXN" + UUID.randomUUID(), "2026-11-24T06:00:00Z");
		var eventId = first.replaceAll("(?s).*\"eventId\":\"([^\"]+)\".*", "$1");
		var reused = first.replaceAll("\"transactionId\":\"[^\"]+\"",
				"\"transactionId\":\"TXN" + UUID.randomUUID() + "\"");

		var created = deliver(first);
		var redelivered = deliver(first);
		var conflicting = deliver(reused);

		assertThat(created.status()).isEqualTo(201);
		assertThat(redelivered.status()).isEqualTo(200);
		assertThat(redelivered.body().get("ticketId")).isEqualTo(created.body().get("ticketId"));
		assertThat(conflicting.status()).as(conflicting.raw().body()).isEqualTo(409);
		assertThat(conflicting.contentType()).startsWith("application/problem+json");
		assertThat(conflicting.body().get("code").asString()).isEqualTo("event-id-reused");
		assertThat(conflicting.body().get("detail").asString()).contains(eventId);
		assertThat(api.get("/api/support/tickets", api.customerToken(userId, "Payer")).body().get("total").asLong())
				.isEqualTo(1);
	}

	@Test
	void concurrentDuplicateDeliveriesCreateOneTicket() throws Exception {
		var userId = "cust-" + UUID.randomUUID();
		var transactionId = "TXN" + UUID.randomUUID();
		var body = failedDebit(userId, transactionId, "2026-11-24T06:00:00Z");

		var ticketIds = new ArrayList<String>();
		try (var pool = Executors.newFixedThreadPool(8)) {
			var futures = new ArrayList<Future<Api.Response>>();
			for (int i = 0; i < 8; i++) {
				futures.add(pool.submit((Callable<Api.Response>) () -> deliver(body)));
			}
			for (var future : futures) {
				var response = future.get();
				assertThat(response.status()).as(response.raw().body()).isIn(200, 201);
				ticketIds.add(response.body().get("ticketId").asString());
			}
		}

		assertThat(ticketIds).containsOnly(ticketIds.getFirst());
		assertThat(api.get("/api/support/tickets", api.customerToken(userId, "Payer")).body().get("total").asLong())
				.isEqualTo(1);
	}

	@Test
	void aRefundResolvesTheTicketWithASystemReply() {
		var userId = "cust-" + UUID.randomUUID();
		var transactionId = "TXN" + UUID.randomUUID();
		var ticketId = deliver(failedDebit(userId, transactionId, "2026-11-24T06:00:00Z")).body().get("ticketId")
				.asString();

		var refunded = deliver("""
				{"eventId":"%s","type":"payment.refunded","userId":"%s","transactionId":"%s","amount":1250.50,
				 "currency":"INR","occurredAt":"2026-11-25T06:00:00Z"}""".formatted(UUID.randomUUID(), userId,
				transactionId));

		assertThat(refunded.status()).isEqualTo(200);
		assertThat(refunded.body().get("status").asString()).isEqualTo("RESOLVED");
		var ticket = api.get("/api/support/tickets/" + ticketId, api.customerToken(userId, "Payer")).body();
		assertThat(ticket.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(ticket.get("thread").get(ticket.get("thread").size() - 1).get("body").asString())
				.contains("refunded");
	}

	@Test
	void aBadOrMissingSignatureIsRefused() {
		var body = failedDebit("cust-x", "TXN-bad-sig", "2026-11-24T06:00:00Z");
		var now = String.valueOf(clock.instant().getEpochSecond());

		var unsigned = api.send("POST", "/api/integrations/payments/events", null, "application/json",
				HttpRequest.BodyPublishers.ofString(body));
		var wrongSecret = send(body, now, "sha256=" + hmac("not-the-secret", now, body));
		var stale = send(body, String.valueOf(clock.instant().minusSeconds(301).getEpochSecond()),
				"sha256=" + hmac(SECRET, String.valueOf(clock.instant().minusSeconds(301).getEpochSecond()), body));

		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(wrongSecret.status()).isEqualTo(401);
		assertThat(wrongSecret.body().get("code").asString()).isEqualTo("invalid-signature");
		assertThat(stale.status()).isEqualTo(401);
	}

	@Test
	void invalidEventsAreBadRequests() {
		var missingUser = deliver("""
				{"eventId":"e-1","type":"payment.failed_debited","transactionId":"T1","amount":10,"currency":"INR",
				 "occurredAt":"2026-11-24T06:00:00Z"}""");
		var negative = deliver("""
				{"eventId":"e-2","type":"payment.failed_debited","userId":"u","transactionId":"T2","amount":-5,
				 "currency":"INR","occurredAt":"2026-11-24T06:00:00Z"}""");
		var badTime = deliver("""
				{"eventId":"e-3","type":"payment.failed_debited","userId":"u","transactionId":"T3","amount":5,
				 "currency":"INR","occurredAt":"last tuesday"}""");
		var notJson = deliver("{oops");
		var unknown = deliver("{\"eventId\":\"e-4\",\"type\":\"payment.created\",\"transactionId\":\"T4\"}");

		assertThat(missingUser.status()).isEqualTo(400);
		assertThat(missingUser.body().get("errors").findValuesAsString("field")).contains("userId");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body().get("ignored").asString()).contains("payment.created");
	}

	static String failedDebit(String userId, String transactionId, String occurredAt) {
		return """
				{"eventId":"%s","type":"payment.failed_debited","userId":"%s","transactionId":"%s",
				 "pspTransactionId":"PSP-9","amount":1250.50,"currency":"INR","recipientUpiId":"shop@okaxis",
				 "failureReason":"Beneficiary bank timeout","errorCode":"U30","occurredAt":"%s"}"""
				.formatted(UUID.randomUUID(), userId, transactionId, occurredAt);
	}

	private Api.Response deliver(String body) {
		var timestamp = String.valueOf(clock.instant().getEpochSecond());
		return send(body, timestamp, "sha256=" + hmac(SECRET, timestamp, body));
	}

	private Api.Response send(String body, String timestamp, String signature) {
		return api.sendWithHeaders("POST", "/api/integrations/payments/events", "application/json",
				Map.of("X-Zetpay-Timestamp", timestamp, "X-Zetpay-Signature", signature),
				HttpRequest.BodyPublishers.ofString(body));
	}

	static String hmac(String secret, String timestamp, String body) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
