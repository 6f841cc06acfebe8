package app.zetpay.support.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Admins define the bot's intents by hand or import them from CSV. */
@IntegrationTest
class BotIntentAdminTests {

	@Autowired
	Api api;

	String admin;
	String suffix;
	final List<String> created = new ArrayList<>();

	@BeforeEach
	void admin() {
		admin = new AgentFixtures(api).adminToken();
		suffix = UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
	}

	@AfterEach
	void removeIntents() {
		created.forEach(name -> api.send("DELETE", "/api/admin/bot/intents/" + name, admin, null,
				HttpRequest.BodyPublishers.noBody()));
	}

	@Test
	void anIntentIsCreatedReadReplacedAndDeleted() {
		var name = name("card_lost");
		var response = put(name, Map.of("description", "The card is lost", "articleSlug", "lost-or-stolen-card", "flow",
				"BLOCKED_OR_FRAUD", "examples", List.of("I lost my card", "i  LOST my card", "My card was stolen")));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.body().get("examples").values()).extracting(JsonNode::asString)
				.containsExactly("I lost my card", "My card was stolen");

		var listed = api.get("/api/admin/bot/intents", admin).body();
		var summary = listed.values().stream().filter(i -> i.get("name").asString().equals(name)).findFirst().orElseThrow();
		assertThat(summary.get("examples").asInt()).isEqualTo(2);
		assertThat(summary.get("flow").asString()).isEqualTo("BLOCKED_OR_FRAUD");

		var replaced = put(name, Map.of("description", "Lost or stolen card", "examples", List.of("Where is my card")));
		assertThat(replaced.status()).isEqualTo(200);
		var read = api.get("/api/admin/bot/intents/" + name, admin).body();
		assertThat(read.get("description").asString()).isEqualTo("Lost or stolen card");
		assertThat(read.get("flow").isNull()).isTrue();
		assertThat(read.get("examples").values()).extracting(JsonNode::asString).containsExactly("Where is my card");

		assertThat(delete(name)).isEqualTo(204);
		assertThat(api.get("/api/admin/bot/intents/" + name, admin).status()).isEqualTo(404);
		assertThat(delete(name)).isEqualTo(404);
	}

	@Test
	void invalidIntentsAreRefusedWithTheField() {
		var badName = put("Bad-Name", Map.of("description", "x", "examples", List.of()));
		assertThat(badName.status()).isEqualTo(400);
		assertThat(badName.contentType()).startsWith("application/problem+json");
		assertThat(badName.body().get("errors").get(0).get("field").asString()).isEqualTo("name");

		var noDescription = put(name("no_description"), Map.of("description", " ", "examples", List.of()));
		assertThat(noDescription.body().get("errors").get(0).get("field").asString()).isEqualTo("description");

		var blankExample = put(name("blank_example"), Map.of("description", "d", "examples", List.of("ok", " ")));
		assertThat(blankExample.status()).isEqualTo(400);
		assertThat(blankExample.body().get("errors").get(0).get("field").asString()).isEqualTo("examples[1]");

		var badSlug = put(name("bad_slug"), Map.of("description", "d", "articleSlug", "Not A Slug", "examples", List.of()));
		assertThat(badSlug.body().get("errors").get(0).get("field").asString()).isEqualTo("articleSlug");

		var badFlow = put(name("bad_flow"), Map.of("description", "d", "flow", "DANCE", "examples", List.of()));
		assertThat(badFlow.status()).isEqualTo(400);
	}

	@Test
	void importingCsvCreatesIntentsAndSkipsDuplicates() {
		var cards = name("csv_cards");
		var weather = name("csv_weather");
		put(cards, Map.of("description", "Cards", "examples", List.of("my card is blocked")));
		created.add(weather);

		var first = importCsv("text,category\n\"My card is  BLOCKED\"," + cards + "\n\"why, oh why, was it declined\","
				+ cards + "\nis it raining," + weather + "\nIs it raining ," + weather + "\n");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("intentsCreated").asInt()).isEqualTo(1);
		assertThat(first.body().get("examplesAdded").asInt()).isEqualTo(2);
		assertThat(first.body().get("duplicatesSkipped").asInt()).isEqualTo(2);
		assertThat(first.body().get("training").isNull()).isTrue();

		assertThat(api.get("/api/admin/bot/intents/" + cards, admin).body().get("examples").values())
				.extracting(JsonNode::asString).containsExactly("my card is blocked", "why, oh why, was it declined");
		assertThat(api.get("/api/admin/bot/intents/" + weather, admin).body().get("examples").values())
				.extracting(JsonNode::asString).containsExactly("is it raining");

		var uploaded = api.upload("/api/admin/bot/training-data", admin, "more.csv", "text/csv",
				("text,category\nwill it snow," + weather + "\n").getBytes());
		assertThat(uploaded.status()).isEqualTo(200);
		assertThat(uploaded.body().get("examplesAdded").asInt()).isEqualTo(1);
	}

	@Test
	void aBadCsvIsRefusedWithItsLineNumber() {
		var response = importCsv("text,category\nfine,csv_ok\n\"unterminated,csv_ok\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("code").asString()).isEqualTo("invalid-training-data");
		assertThat(response.body().get("line").asInt()).isEqualTo(3);
		assertThat(response.body().get("detail").asString()).contains("line 3");
		assertThat(api.get("/api/admin/bot/intents/csv_ok", admin).status()).isEqualTo(404);

		var badHeader = importCsv("sentence,label\nhello,greeting\n");
		assertThat(badHeader.body().get("line").asInt()).isEqualTo(1);
	}

	@Test
	void onlyAdminsManageIntents() {
		var agents = new AgentFixtures(api);
		var agent = agents.token(agents.create("Bot Agent", "AGENT"));
		assertThat(api.get("/api/admin/bot/intents", agent).status()).isEqualTo(403);
		assertThat(api.get("/api/admin/bot/intents", null).status()).isEqualTo(401);
	}

	private String name(String base) {
		var name = base + "_" + suffix;
		created.add(name);
		return name;
	}

	private Api.Response put(String name, Object body) {
		return api.send("PUT", "/api/admin/bot/intents/" + name, admin, "application/json",
				HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(body)));
	}

	private int delete(String name) {
		return api.send("DELETE", "/api/admin/bot/intents/" + name, admin, null, HttpRequest.BodyPublishers.noBody())
			.status();
	}

	private Api.Response importCsv(String csv) {
		return api.send("POST", "/api/admin/bot/training-data", admin, "text/csv", HttpRequest.BodyPublishers.ofString(csv));
	}
}
