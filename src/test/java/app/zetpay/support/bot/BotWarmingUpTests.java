package app.zetpay.support.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import app.zetpay.support.bot.internal.IntentClassifier;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * Before its first intent model is ready (a first start trains it in the background), the bot
 * does not guess: a person takes the chat, and the customer is told why.
 */
@IntegrationTest
@TestPropertySource(properties = "support.chat.bot-first=true")
class BotWarmingUpTests {

	@Autowired
	Api api;

	@Autowired
	IntentClassifier classifier;

	@Test
	void withoutAModelTheBotHandsTheChatToAPersonAndSaysWhy() throws InterruptedException {
		assumeThat(classifier.activeVersion()).as("another test class left an active model in this database").isZero();
		var customer = api.customerToken("warming-" + UUID.randomUUID(), "Ira");
		var chat = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
		try {
			api.post("/api/chat/" + chat + "/messages", customer, Map.of("text", "where is my refund"));

			awaitQueued(chat, customer);
			var said = api.get("/api/chat/" + chat + "/messages", customer).body().valueStream()
				.map(m -> m.path("text").asString()).toList();
			assertThat(said).anySatisfy(text -> assertThat(text).contains("still getting ready")
				.contains("connecting you to a person"));
			var admin = new AgentFixtures(api).adminToken();
			assertThat(api.get("/api/chat/" + chat, admin).body().get("handoverNote").asString())
				.contains("intent model is not ready");
			var startup = api.get("/actuator/health", admin).body().path("components").path("support")
				.path("components").path("startup").path("details");
			assertThat(startup.path("botModel").path("detail").asString()).contains("hands chats to people");
		}
		finally {
			api.post("/api/chat/" + chat + "/close", customer, Map.of());
		}
	}

	private void awaitQueued(String chat, String customer) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if ("QUEUED".equals(api.get("/api/chat/" + chat, customer).body().path("status").asString())) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The bot did not hand chat " + chat + " to a person");
	}
}
