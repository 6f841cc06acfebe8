package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import app.zetpay.support.testing.ImageFixtures;
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
		chatId = agents.directChat(customer, agentEmail);
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
		var otherChat = agents.directChat(otherCustomer, agentEmail);
		var foreign = upload(otherChat, otherCustomer, "b.png", "image/png", png()).body().get("imageUrl").asString();

		var response = api.post("/api/chat/" + chatId + "/messages", customer, Map.of("imageUrl", foreign));
		var external = api.post("/api/chat/" + chatId + "/messages", customer,
				Map.of("imageUrl", "https://evil.example/pixel.gif"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(external.status()).isEqualTo(400);
		api.post("/api/chat/" + otherChat + "/close", otherCustomer, Map.of());
	}

	@Test
	void aPhotoIsServedWithoutItsExifButTheRightWayUp() throws Exception {
		// 40 × 20 pixels stored sideways; EXIF orientation 6 says "turn it a quarter clockwise".
		var photo = ImageFixtures.jpegWithExif(40, 20, 6, "GPS 12.9716N 77.5946E");

		var uploaded = upload(chatId, customer, "photo.jpg", "image/jpeg", photo);

		assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
		var served = download(uploaded.body().get("imageUrl").asString(), customer);
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
		var image = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(image.getWidth()).isEqualTo(20);
		assertThat(image.getHeight()).isEqualTo(40);
		assertThat(uploaded.body().get("size").asLong()).isEqualTo(served.length);
	}

	@Test
	void aPngIsServedWithoutItsTextChunksOrTrailingBytes() throws Exception {
		var png = png();
		var withPayload = new ByteArrayOutputStream();
		withPayload.writeBytes(png);
		withPayload.writeBytes("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));

		var uploaded = upload(chatId, customer, "a.png", "image/png", withPayload.toByteArray());

		assertThat(uploaded.status()).isEqualTo(201);
		var served = download(uploaded.body().get("imageUrl").asString(), customer);
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("script");
		assertThat(ImageIO.read(new ByteArrayInputStream(served)).getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x2255FF);
	}

	@Test
	void aFileWithAnImagesFirstBytesThatDoesNotDecodeIsRefused() {
		var fake = new byte[2048];
		fake[0] = (byte) 0xFF;
		fake[1] = (byte) 0xD8;
		fake[2] = (byte) 0xFF;

		var response = upload(chatId, customer, "photo.jpg", "image/jpeg", fake);

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("code").asString()).isEqualTo("unreadable-image");
	}

	private byte[] download(String path, String token) throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri(path))
				.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
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
