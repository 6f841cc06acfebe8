package app.zetpay.support.helpcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Writing the help centre, and what customers see of it. */
@IntegrationTest
class HelpCentreAdminTests {

	@Autowired
	Api api;

	String admin;
	String slug;
	/** A made-up word only this test's articles contain, so tests do not find each other's. */
	String word;

	@BeforeEach
	void admin() {
		admin = new AgentFixtures(api).adminToken();
		slug = "gold-coins-" + UUID.randomUUID().toString().substring(0, 8);
		var letters = new StringBuilder("zorb");
		var random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		word = letters.toString();
		api.send("PUT", "/api/admin/help/categories/test-category", admin, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"Test category\"}"));
	}

	@Test
	void aDraftIsInvisibleUntilPublishedAndSearchableAtOnceAfter() {
		var created = create(slug, "How to redeem " + word + " gold coins", "Open **Rewards** and tap *Redeem*.");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
		// Only "not this draft": search by meaning may well find some other article a little like it.
		assertThat(titles(api.get("/api/support/faqs?query=" + word, null).body()))
				.doesNotContain("How to redeem " + word + " gold coins");
		assertThat(api.get("/api/support/faqs/" + slug, null).status()).isEqualTo(404);

		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());

		assertThat(titles(api.get("/api/support/faqs?query=" + word, null).body()))
				.first().isEqualTo("How to redeem " + word + " gold coins");
		var page = api.get("/api/support/faqs/" + slug, null).body();
		assertThat(page.get("html").asString()).contains("<strong>Rewards</strong>");

		api.post("/api/admin/help/articles/" + slug + "/unpublish", admin, Map.of());
		assertThat(titles(api.get("/api/support/faqs?query=" + word, null).body()))
				.doesNotContain("How to redeem " + word + " gold coins");
	}

	@Test
	void editsMakeVersionsAndReindexAPublishedArticle() {
		create(slug, word + " coins expire", "Coins expire after a year.");
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());

		var edited = api.send("PUT", "/api/admin/help/articles/" + slug, admin, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(draft(slug,
						word + " coins never expire", "Good news: quuxberry coins are yours forever."))));

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.body().get("version").asInt()).isEqualTo(2);
		var versions = api.get("/api/admin/help/articles/" + slug + "/versions", admin).body();
		assertThat(versions.size()).isEqualTo(2);
		// The history names who edited, not only their account id.
		assertThat(versions.get(0).get("editedByName").asString())
			.isEqualTo(api.get("/api/me", admin).body().get("name").asString());
		assertThat(titles(api.get("/api/support/faqs?query=quuxberry", null).body()))
				.first().isEqualTo(word + " coins never expire");
	}

	@Test
	void deletedArticlesDisappear() {
		create(slug, "Temporary " + word + " notice", "Short lived.");
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());

		var deleted = api.send("DELETE", "/api/admin/help/articles/" + slug, admin, null,
				java.net.http.HttpRequest.BodyPublishers.noBody());

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(api.get("/api/support/faqs/" + slug, null).status()).isEqualTo(404);
		assertThat(titles(api.get("/api/support/faqs?query=temporary%20" + word, null).body()))
				.doesNotContain("Temporary " + word + " notice");
	}

	@Test
	void markdownIsRenderedSafely() {
		create(slug, "Zorblax safety", """
				Hello <script>alert('x')</script> and <img src=x onerror=alert(1)>.

				[click me](javascript:alert(document.cookie)) and [our site](https://zetpay.example/help)""");
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());

		var html = api.get("/api/support/faqs/" + slug, null).body().get("html").asString();

		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
		assertThat(html).contains("&lt;script&gt;").contains("href=\"https://zetpay.example/help\"");
	}

	@Test
	void thePreviewIsRenderedExactlyAsCustomersSeeTheArticle() {
		var body = """
				# Redeem %s coins

				Open **Rewards**, tap *Redeem* <script>alert('x')</script> [here](javascript:alert(1)).""".formatted(word);
		create(slug, "Preview " + word, body);
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());

		var preview = api.post("/api/admin/help/render", admin, Map.of("body", body));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body().get("html").asString())
				.isEqualTo(api.get("/api/support/faqs/" + slug, null).body().get("html").asString())
				.contains("<strong>Rewards</strong>").doesNotContain("<script").doesNotContain("javascript:");
		assertThat(api.post("/api/admin/help/render", api.customerToken("c-" + word, "C"), Map.of("body", "x")).status())
				.isEqualTo(403);
		assertThat(api.post("/api/admin/help/render", admin, Map.of()).status()).isEqualTo(400);
	}

	@Test
	void anEarlierVersionIsReadInFullAndRestoredAsANewVersion() {
		var first = draft(slug, word + " coins expire", "Coins expire after a year.");
		first.put("screens", List.of("rewards_home"));
		api.post("/api/admin/help/articles", admin, first);
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());
		api.send("PUT", "/api/admin/help/articles/" + slug, admin, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(
						draft(slug, word + " coins never expire", "Coins are yours forever."))));

		var one = api.get("/api/admin/help/articles/" + slug + "/versions/1", admin);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body().get("body").asString()).isEqualTo("Coins expire after a year.");
		assertThat(one.body().get("screens").get(0).asString()).isEqualTo("rewards_home");

		var restored = api.post("/api/admin/help/articles/" + slug + "/versions/1/restore", admin, Map.of());

		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.body().get("version").asInt()).isEqualTo(3);
		assertThat(restored.body().get("title").asString()).isEqualTo(word + " coins expire");
		assertThat(restored.body().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(api.get("/api/support/faqs/" + slug, null).body().get("html").asString())
				.contains("Coins expire after a year.");
		assertThat(api.get("/api/admin/help/articles/" + slug + "/versions", admin).body().size()).isEqualTo(3);
		assertThat(api.get("/api/admin/help/articles/" + slug + "/versions/9", admin).status()).isEqualTo(404);
		assertThat(api.post("/api/admin/help/articles/" + slug + "/versions/9/restore", admin, Map.of()).status())
				.isEqualTo(404);
	}

	@Test
	void invalidArticlesAreRefused() {
		var badSlug = create("Not A Slug!", "Title", "Body");
		var noCategory = api.post("/api/admin/help/articles", admin, Map.of("slug", slug, "category", "nope", "title",
				"T", "body", "B", "tags", List.of(), "questions", List.of(), "screens", List.of(), "errorCodes",
				List.of()));
		create(slug, "Original", "Body");
		var duplicate = create(slug, "Copy", "Body");

		assertThat(badSlug.status()).isEqualTo(400);
		assertThat(noCategory.status()).isEqualTo(400);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(api.post("/api/admin/help/articles", api.customerToken("c", "C"), draft(slug, "x", "y")).status())
				.isEqualTo(403);
	}

	@Test
	void contextualHelpFindsArticlesForAScreenAndAnErrorCode() {
		var payload = draft(slug, "Zorblax error QQ9 explained", "What QQ9 means.");
		payload.put("screens", List.of("wallet_topup"));
		payload.put("errorCodes", List.of("qq9"));
		api.post("/api/admin/help/articles", admin, payload);
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());

		var byCode = api.get("/api/support/help?errorCode=QQ9", null).body();
		var byScreen = api.get("/api/support/help?screen=wallet_topup&limit=20", null).body();

		assertThat(titles(byCode)).containsExactly("Zorblax error QQ9 explained");
		assertThat(titles(byScreen)).contains("Zorblax error QQ9 explained");
		assertThat(api.get("/api/support/help", null).status()).isEqualTo(400);
	}

	@Test
	void feedbackNeedsASignedInUserAndAnalyticsCountSearches() {
		create(slug, "Zorblax feedback", "Body");
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Voter");

		assertThat(api.post("/api/support/faqs/" + slug + "/feedback", null, Map.of("helpful", true)).status())
				.isEqualTo(401);
		assertThat(api.post("/api/support/faqs/" + slug + "/feedback", customer, Map.of("helpful", false)).status())
				.isEqualTo(204);
		api.get("/api/support/faqs?query=flibbertigibbet%20snorkel", null);

		var analytics = api.get("/api/admin/help/analytics", admin).body();

		assertThat(analytics.get("noResults").valueStream().map(q -> q.get("query").asString()))
				.contains("flibbertigibbet snorkel");
		assertThat(analytics.get("feedback").valueStream().filter(f -> f.get("slug").asString().equals(slug))
				.findFirst().orElseThrow().get("notHelpful").asLong()).isEqualTo(1);
	}

	@Test
	void analyticsShowSearchesNormalised() {
		api.get("/api/support/faqs?query=%20%20Quuxly%20%20%09Wibble%0AZorp%20%20", null);
		api.get("/api/support/faqs?query=" + "quuxlylong".repeat(15), null);

		var queries = api.get("/api/admin/help/analytics", admin).body().get("noResults").valueStream()
				.map(q -> q.get("query").asString()).toList();

		assertThat(queries).contains("quuxly wibble zorp");
		assertThat(queries).contains("quuxlylong".repeat(10));
	}

	private Api.Response create(String articleSlug, String title, String body) {
		return api.post("/api/admin/help/articles", admin, draft(articleSlug, title, body));
	}

	private static Map<String, Object> draft(String articleSlug, String title, String body) {
		var draft = new java.util.HashMap<String, Object>();
		draft.put("slug", articleSlug);
		draft.put("category", "test-category");
		draft.put("title", title);
		draft.put("body", body);
		draft.put("tags", List.of("test"));
		draft.put("questions", List.of(title + "?"));
		draft.put("screens", List.of());
		draft.put("errorCodes", List.of());
		return draft;
	}

	static List<String> titles(JsonNode results) {
		return results.valueStream().map(r -> r.get("title").asString()).toList();
	}
}
