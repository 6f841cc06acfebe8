package app.zetpay.support.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;

/** Sets the bot's ground for end-to-end tests: the built-in intents, and only them, with a model trained on them. */
final class BuiltInIntents {

	private BuiltInIntents() {
	}

	/**
	 * Leaves exactly the intents of {@code bot/intents.yml}, trains a model on them and waits until it
	 * is active. Seeding does it on a fresh database; on the shared PostgreSQL database of the
	 * production-profile run other test classes have left intents and models behind.
	 */
	static void trainAndActivate(Api api) throws Exception {
		var admin = new AgentFixtures(api).adminToken();
		Map<String, Object> seed = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new ClassPathResource("bot/intents.yml").getContentAsString(StandardCharsets.UTF_8));
		@SuppressWarnings("unchecked")
		var intents = (List<Map<String, Object>>) seed.get("intents");
		var names = intents.stream().map(i -> String.valueOf(i.get("name"))).toList();
		for (var existing : api.get("/api/admin/bot/intents", admin).body()) {
			if (!names.contains(existing.get("name").asString())) {
				api.send("DELETE", "/api/admin/bot/intents/" + existing.get("name").asString(), admin, null,
						HttpRequest.BodyPublishers.noBody());
			}
		}
		for (var intent : intents) {
			var body = new HashMap<String, Object>(intent);
			body.remove("name");
			var saved = api.send("PUT", "/api/admin/bot/intents/" + intent.get("name"), admin, "application/json",
					HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(body)));
			assertThat(saved.status()).isIn(200, 201);
		}
		var before = latestVersion(api, admin);
		var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		// The seeding on start may still be training: wait for it, then train on the set above.
		while (api.post("/api/admin/bot/models", admin, Map.of()).status() == 409) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.sleep(250);
			before = latestVersion(api, admin);
		}
		while (System.nanoTime() < deadline) {
			var models = api.get("/api/admin/bot/models", admin).body();
			var trained = before;
			if (models.valueStream().anyMatch(m -> m.path("active").asBoolean() && m.path("version").asLong() > trained)) {
				Thread.sleep(1_000); // every node polls for the active model
				return;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The bot model was not trained in time");
	}

	private static long latestVersion(Api api, String admin) {
		return api.get("/api/admin/bot/models", admin).body().valueStream().mapToLong(m -> m.path("version").asLong())
				.max().orElse(0);
	}
}
