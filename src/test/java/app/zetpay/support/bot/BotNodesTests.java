package app.zetpay.support.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.zetpay.support.SupportApplication;
import app.zetpay.support.bot.internal.IntentClassifier;
import app.zetpay.support.bot.internal.ModelTraining;
import app.zetpay.support.bot.internal.TrainingProgress;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;

/**
 * Two nodes sharing one database: the first start seeds the built-in intents and trains version 1,
 * and an activation on either node reaches the other.
 */
class BotNodesTests {

	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;
	static Api apiA;
	static Api apiB;

	@BeforeAll
	static void startTwoNodes() {
		var database = "jdbc:h2:mem:bot-nodes-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		nodeA = node(database);
		nodeB = node(database);
		apiA = Api.forContext(nodeA);
		apiB = Api.forContext(nodeB);
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void theSeededModelIsServedEverywhereAndAnActivationReachesEveryNode() {
		var trainingA = nodeA.getBean(ModelTraining.class);
		await().atMost(Duration.ofSeconds(90))
				.until(() -> trainingA.progress().state() == TrainingProgress.State.FINISHED);
		var admin = new AgentFixtures(apiA).adminToken();
		assertThat(apiA.get("/api/admin/bot/intents", admin).body().size()).isBetween(12, 20);
		assertThat(intentOf(apiA, admin, "the payment failed but money got debited from my bank")).isEqualTo("failed_payment");
		assertThat(intentOf(apiA, admin, "let me chat with a real human agent")).isEqualTo("talk_to_human");

		var classifierB = nodeB.getBean(IntentClassifier.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> classifierB.activeVersion() == 1);
		assertThat(intentOf(apiB, admin, "I never received the OTP code")).isEqualTo("otp_not_received");

		assertThat(apiB.post("/api/admin/bot/models", admin, Map.of()).status()).isEqualTo(202);
		var trainingB = nodeB.getBean(ModelTraining.class);
		await().atMost(Duration.ofSeconds(90))
				.until(() -> trainingB.progress().state() == TrainingProgress.State.FINISHED);
		var classifierA = nodeA.getBean(IntentClassifier.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> classifierA.activeVersion() == 2);

		assertThat(apiB.post("/api/admin/bot/models/1/activate", admin, Map.of()).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> classifierA.activeVersion() == 1);
		assertThat(apiA.post("/api/bot/classify", admin, Map.of("text", "hello")).body().get("modelVersion").asLong())
				.isEqualTo(1);
	}

	private static String intentOf(Api api, String token, String text) {
		var response = api.post("/api/bot/classify", token, Map.of("text", text));
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("intent").asString();
	}

	private static ConfigurableApplicationContext node(String database) {
		// Arguments, not default properties: they must win over application.properties.
		return new SpringApplicationBuilder(SupportApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--support.bot.seed=true", "--support.bot.model-poll=200ms");
	}
}
