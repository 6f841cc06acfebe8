package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/** Image messages: upload checked on the bytes, served to participants only. */
@IntegrationTest
class ChatImageTests {

	static String agentEmail;

	@Autowired
	Api api;

	String customer;
	String chatId;

	@BeforeEach
	void chat() {
		var agents = new AgentFixtures(api);
		if (agentEmail == null) {
			agentEmail = agents.create("Image Agent", "AGENT");
		}
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Photo Sender");
		chatId = api.post("/api/chat/initiate/" + agents.idOf(agentEmail), customer, Map.of()).body().get("id")
				.asString();
	}

	@AfterEach
	void close() {
		api.post("/api/chat/" + chatId + "/close", customer, Map.of());
	}

	@Test
	void uploadedScreenshotCanBeSentAndSeenByTheAgent() {
		var png = png();

		var uploaded = upload(chatId, customer, "screenshot.png", "image/png", png);

		assertThat(uploaded.status()).isEqualTo(201);
		var imageUrl = uploaded.body().get("imageUrl").asString();
		assertThat(imageUrl).startsWith("/api/chat/" + chatId + "/images/img_");
		assertThat(uploaded.body().get("contentType").asString()).isEqualTo("image/png");
		var message = api.post("/api/chat/" + chatId + "/messages", customer, Map.of("imageUrl", imageUrl));
		assertThat(message.status()).isEqualTo(201);
		assertThat(message.body().get("type").asString()).isEqualTo("image");
		var agentToken = new AgentFixtures(api).token(agentEmail);
		var fetched = api.get(imageUrl, agentToken, "image/*");
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.contentType()).isEqualTo("image/png");
		assertThat(fetched.raw().body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();
	}

	@Test
	void strangersCannotFetchTheImage() {
		var imageUrl = upload(chatId, customer, "a.png", "image/png", png()).body().get("imageUrl").asString();
		var stranger = api.customerToken("stranger-" + UUID.randomUUID(), "Stranger");

		assertThat(api.get(imageUrl, stranger, "image/*").status()).isEqualTo(404);
		assertThat(api.get(imageUrl, null, "image/*").status()).isEqualTo(401);
	}

	@Test
	void aFileThatOnlyClaimsToBeAnImageIsRefused() {
		var script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

		var response = upload(chatId, customer, "cat.png", "image/png", script);

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.body().get("code").asString()).isEqualTo("unsupported-image");
	}

	@Test
	void tooLargeImagesAreRefused() {
		var huge = new byte[6 * 1024 * 1024];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;

		var response = upload(chatId, customer, "huge.jpg", "image/jpeg", huge);

		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void anImageOfAnotherChatCannotBeSentHere() {
		var otherCustomer = api.customerToken("other-" + UUID.randomUUID(), "Other");
		var agents = new AgentFixtures(api);
		var otherChat = api.post("/api/chat/initiate/" + agents.idOf(agentEmail), otherCustomer, Map.of()).body()
				.get("id").asString();
		var foreign = upload(otherChat, otherCustomer, "b.png", "image/png", png()).body().get("imageUrl").asString();

		var response = api.post("/api/chat/" + chatId + "/messages", customer, Map.of("imageUrl", foreign));
		var external = api.post("/api/chat/" + chatId + "/messages", customer,
				Map.of("imageUrl", "https://evil.example/pixel.gif"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(external.status()).isEqualTo(400);
		api.post("/api/chat/" + otherChat + "/close", otherCustomer, Map.of());
	}

	private Api.Response upload(String chat, String token, String filename, String contentType, byte[] bytes) {
		return api.upload("/api/chat/" + chat + "/images", token, filename, contentType, bytes);
	}

	private static byte[] png() {
		var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x2255FF);
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
