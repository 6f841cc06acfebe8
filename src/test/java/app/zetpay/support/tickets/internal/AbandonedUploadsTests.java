package app.zetpay.support.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;

/** Files uploaded but never attached to a ticket are removed after a day; attached ones stay. */
@IntegrationTest
class AbandonedUploadsTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	TicketAttachments attachments;

	@Test
	void uploadsNeverAttachedAreRemovedAfterADay() {
		var userId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(userId, "Forgetful");
		var pdf = "%PDF-1.4 forgotten".getBytes(StandardCharsets.US_ASCII);
		var forgotten = api.upload("/api/support/attachments", customer, "a.pdf", "application/pdf", pdf).body()
				.get("id").asString();
		var kept = api.upload("/api/support/attachments", customer, "b.pdf", "application/pdf", pdf).body().get("id")
				.asString();
		var ticket = api.post("/api/support/tickets/create", customer,
				Map.of("issueType", "Proof", "description", "attached", "attachments", List.of(kept))).body();

		clock.advance(Duration.ofDays(2));
		attachments.removeAbandonedUploads();
		customer = api.customerToken(userId, "Forgetful"); // the old token has expired meanwhile

		var late = api.post("/api/support/tickets/create", customer,
				Map.of("issueType", "Late", "description", "too late", "attachments", List.of(forgotten)));
		assertThat(late.status()).isEqualTo(400);
		assertThat(api.get(ticket.get("attachments").get(0).get("url").asString(), customer, "*/*").status())
				.isEqualTo(200);
	}
}
