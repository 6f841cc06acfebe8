package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.ImageFixtures;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;

/** One allowance per user for everything they store: chat images and ticket attachments together. */
@IntegrationTest
class UploadLimitsTests {

	static final byte[] GIF = ImageFixtures.image("gif", 4, 4);

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	String customer;
	String chatId;

	@BeforeEach
	void customerInAChat() {
		var agents = new AgentFixtures(api);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Uploader");
		chatId = agents.directChat(customer, agents.create("Upload Agent", "AGENT"));
	}

	@Test
	void thirtyFilesAnHourAcrossChatImagesAndTicketAttachments() {
		for (int i = 0; i < 20; i++) {
			assertThat(attach(pdf(100)).status()).isEqualTo(201);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(image(GIF).status()).isEqualTo(201);
		}

		var image = image(GIF);
		var attachment = attach(pdf(100));

		assertThat(image.status()).isEqualTo(429);
		assertThat(image.body().get("code").asString()).isEqualTo("rate-limited");
		assertThat(image.body().get("retryAfter").asLong()).isBetween(3500L, 3600L);
		assertThat(image.header("Retry-After")).isEqualTo(image.body().get("retryAfter").asString());
		assertThat(attachment.status()).isEqualTo(429);
		var neighbour = api.customerToken("cust-" + UUID.randomUUID(), "Neighbour");
		assertThat(api.upload("/api/support/attachments", neighbour, "n.pdf", "application/pdf", pdf(100)).status())
				.isEqualTo(201);

		clock.advance(Duration.ofHours(1));
		assertThat(attach(pdf(100)).status()).isEqualTo(201);
	}

	@Test
	void aHundredMegabytesAnHourHoweverFewTheFiles() {
		var tenMegabytes = pdf(10 * 1024 * 1024);
		for (int i = 0; i < 10; i++) {
			assertThat(attach(tenMegabytes).status()).isEqualTo(201);
		}

		var more = attach(pdf(1024));

		assertThat(more.status()).isEqualTo(429);
		assertThat(more.body().get("detail").asString()).contains("100 MB");
		assertThat(more.header("Retry-After")).isNotBlank();
	}

	private Api.Response attach(byte[] pdf) {
		return api.upload("/api/support/attachments", customer, "statement.pdf", "application/pdf", pdf);
	}

	private Api.Response image(byte[] bytes) {
		return api.upload("/api/chat/" + chatId + "/images", customer, "a.gif", "image/gif", bytes);
	}

	private static byte[] pdf(int size) {
		var bytes = new byte[size];
		Arrays.fill(bytes, (byte) ' ');
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
		return bytes;
	}
}
