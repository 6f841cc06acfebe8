package app.zetpay.support.helpcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Hindi versions of articles: written beside the English one, versioned on their own, shown to Hindi readers. */
@IntegrationTest
class HelpCentreLocaleTests {

	@Autowired
	Api api;

	@Autowired
	HelpArticles articles;

	String admin;
	String slug;
	/** A made-up word only this test's article contains. */
	String word;

	@BeforeEach
	void anEnglishArticle() {
		admin = new AgentFixtures(api).adminToken();
		slug = "coin-locale-" + UUID.randomUUID().toString().substring(0, 8);
		// Five random letters: a UUID's letters alone were sometimes fewer than five (failed in CI).
		word = "zorbhi" + ThreadLocalRandom.current().ints(5, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		api.send("PUT", "/api/admin/help/categories/test-category", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"Test category\"}"));
		var draft = new HashMap<String, Object>();
		draft.put("slug", slug);
		draft.put("category", "test-category");
		draft.put("title", "Redeem " + word + " coins");
		draft.put("body", "Open **Rewards** and tap *Redeem*.");
		draft.put("tags", List.of("coins"));
		draft.put("questions", List.of("How do I redeem " + word + " coins?"));
		draft.put("screens", List.of("rewards_" + word));
		draft.put("errorCodes", List.of());
		assertThat(api.post("/api/admin/help/articles", admin, draft).status()).isEqualTo(201);
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());
	}

	@Test
	void aHindiReaderGetsTheEnglishArticleMarkedEnglishUntilItsHindiVersionIsPublished() {
		var before = api.get("/api/support/faqs/" + slug + "?locale=hi", null).body();
		assertThat(before.get("locale").asString()).isEqualTo("en");
		assertThat(before.get("title").asString()).isEqualTo("Redeem " + word + " coins");

		var hindi = saveHindi("कॉइन कैसे रिडीम करें", "**Rewards** खोलें और *Redeem* दबाएँ।");
		assertThat(hindi.status()).isEqualTo(200);
		assertThat(hindi.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(hindi.body().get("locale").asString()).isEqualTo("hi");
		// A draft is the editor's: readers still get English.
		assertThat(api.get("/api/support/faqs/" + slug + "?locale=hi", null).body().get("locale").asString())
				.isEqualTo("en");

		api.post("/api/admin/help/articles/" + hindi.body().get("id").asString() + "/publish", admin, Map.of());

		var page = api.get("/api/support/faqs/" + slug + "?locale=hi-IN", null).body();
		assertThat(page.get("locale").asString()).isEqualTo("hi");
		assertThat(page.get("title").asString()).isEqualTo("कॉइन कैसे रिडीम करें");
		assertThat(page.get("html").asString()).contains("<strong>Rewards</strong> खोलें");
		// The article's identity, topic and contextual mappings stay the English article's.
		assertThat(page.get("slug").asString()).isEqualTo(slug);
		assertThat(page.get("screens").valueStream().map(JsonNode::asString)).containsExactly("rewards_" + word);
		// English readers, and readers who say nothing, still get English.
		assertThat(api.get("/api/support/faqs/" + slug, null).body().get("title").asString())
				.isEqualTo("Redeem " + word + " coins");
		assertThat(api.get("/api/support/faqs/" + slug + "?locale=en", null).body().get("locale").asString())
				.isEqualTo("en");
	}

	@Test
	void theAcceptLanguageHeaderChoosesWhenNoLocaleIsGiven() {
		publishHindi("कॉइन रिडीम करना", "हिंदी में जवाब।");

		var hindi = api.sendWithHeaders("GET", "/api/support/faqs/" + slug, "application/json",
				Map.of("Accept-Language", "hi-IN,hi;q=0.9,en;q=0.8"), HttpRequest.BodyPublishers.noBody());
		var english = api.sendWithHeaders("GET", "/api/support/faqs/" + slug + "?locale=en", "application/json",
				Map.of("Accept-Language", "hi-IN"), HttpRequest.BodyPublishers.noBody());

		assertThat(hindi.body().get("locale").asString()).isEqualTo("hi");
		// The web app's own choice outranks the browser's header.
		assertThat(english.body().get("locale").asString()).isEqualTo("en");
	}

	@Test
	void searchFindsTheArticleByItsEnglishWordsAndShowsItsHindiTitleAndTextToHindiReaders() {
		publishHindi("कॉइन कैसे रिडीम करें", "Rewards खोलें और Redeem दबाएँ। <b>बोनस</b> भी मिलता है।");

		var hindi = api.get("/api/support/faqs?query=redeem%20" + word + "&locale=hi", null).body();
		var english = api.get("/api/support/faqs?query=redeem%20" + word, null).body();

		var hit = hindi.valueStream().filter(r -> r.get("slug").asString().equals(slug)).findFirst().orElseThrow();
		assertThat(hit.get("title").asString()).isEqualTo("कॉइन कैसे रिडीम करें");
		assertThat(hit.get("locale").asString()).isEqualTo("hi");
		// The snippet is the Hindi text's start, escaped like every snippet.
		assertThat(hit.get("snippet").asString()).startsWith("Rewards खोलें").contains("&lt;b&gt;");
		assertThat(english.get(0).get("title").asString()).isEqualTo("Redeem " + word + " coins");
		assertThat(english.get(0).get("locale").asString()).isEqualTo("en");
		// Browsing a topic and contextual help name it in Hindi too.
		assertThat(api.get("/api/support/faqs?category=test-category&limit=50&locale=hi", null).body().valueStream()
				.filter(r -> r.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("title").asString())
				.isEqualTo("कॉइन कैसे रिडीम करें");
		assertThat(api.get("/api/support/help?screen=rewards_" + word + "&locale=hi", null).body().get(0).get("title")
				.asString()).isEqualTo("कॉइन कैसे रिडीम करें");
	}

	@Test
	void aHindiVersionHasItsOwnHistoryDiffAndRestoreLeavingTheEnglishOneAlone() {
		var created = saveHindi("पहला शीर्षक", "पहला पाठ।");
		var id = created.body().get("id").asString();
		var second = saveHindi("दूसरा शीर्षक", "दूसरा पाठ।");
		assertThat(second.body().get("id").asString()).isEqualTo(id);
		assertThat(second.body().get("version").asInt()).isEqualTo(2);

		var versions = api.get("/api/admin/help/articles/" + id + "/versions", admin).body();
		assertThat(versions.valueStream().map(v -> v.get("title").asString())).containsExactly("दूसरा शीर्षक",
				"पहला शीर्षक");
		assertThat(api.get("/api/admin/help/articles/" + id + "/versions/1", admin).body().get("body").asString())
				.isEqualTo("पहला पाठ।");

		var restored = api.post("/api/admin/help/articles/" + id + "/versions/1/restore", admin, Map.of());
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.body().get("title").asString()).isEqualTo("पहला शीर्षक");
		assertThat(restored.body().get("version").asInt()).isEqualTo(3);
		assertThat(restored.body().get("locale").asString()).isEqualTo("hi");

		var english = api.get("/api/admin/help/articles/" + slug, admin).body();
		assertThat(english.get("locale").asString()).isEqualTo("en");
		assertThat(english.get("version").asInt()).isEqualTo(1);
		assertThat(english.get("title").asString()).isEqualTo("Redeem " + word + " coins");
		// The admin list holds the articles, not their versions in other languages.
		assertThat(api.get("/api/admin/help/articles?category=test-category", admin).body().valueStream()
				.filter(a -> a.get("slug").asString().equals(slug)).map(a -> a.get("locale").asString()))
				.containsExactly("en");
	}

	@Test
	void theEditorSeesWhichArticlesMissTheirHindiVersionAndWhereEachStands() {
		var missing = coverage("MISSING");
		assertThat(missing).contains(slug);

		var locales = api.get("/api/admin/help/articles/" + slug + "/locales", admin).body();
		assertThat(locales.valueStream().map(l -> l.get("locale").asString())).containsExactly("en", "hi");
		assertThat(locales.get(1).get("missing").asBoolean()).isTrue();

		var hindi = saveHindi("कॉइन", "पाठ।");
		assertThat(coverage("MISSING")).doesNotContain(slug);
		assertThat(coverage("DRAFT")).contains(slug);
		api.post("/api/admin/help/articles/" + hindi.body().get("id").asString() + "/publish", admin, Map.of());
		assertThat(coverage("PUBLISHED")).contains(slug);
		var after = api.get("/api/admin/help/articles/" + slug + "/locales", admin).body().get(1);
		assertThat(after.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(after.get("title").asString()).isEqualTo("कॉइन");

		// Deleting the Hindi version leaves the article; deleting the article takes its Hindi version.
		assertThat(api.send("DELETE", "/api/admin/help/articles/" + hindi.body().get("id").asString(), admin, null,
				HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(204);
		assertThat(coverage("MISSING")).contains(slug);
		assertThat(api.get("/api/support/faqs/" + slug + "?locale=hi", null).body().get("locale").asString())
				.isEqualTo("en");
		var again = saveHindi("फिर से", "पाठ।");
		api.send("DELETE", "/api/admin/help/articles/" + slug, admin, null, HttpRequest.BodyPublishers.noBody());
		assertThat(api.get("/api/admin/help/articles/" + again.body().get("id").asString(), admin).status())
				.isEqualTo(404);
	}

	@Test
	void renamingTheArticleKeepsItsHindiVersionWithIt() {
		publishHindi("कॉइन रिडीम करना", "पाठ।");
		var renamed = slug + "-renamed";
		var english = api.get("/api/admin/help/articles/" + slug, admin).body();
		var draft = new HashMap<String, Object>();
		draft.put("slug", renamed);
		draft.put("category", "test-category");
		draft.put("title", english.get("title").asString());
		draft.put("body", english.get("body").asString());
		assertThat(api.send("PUT", "/api/admin/help/articles/" + slug, admin, "application/json",
				HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(draft))).status()).isEqualTo(200);

		assertThat(api.get("/api/support/faqs/" + renamed + "?locale=hi", null).body().get("title").asString())
				.isEqualTo("कॉइन रिडीम करना");
	}

	@Test
	void badLocalesAndHindiArticlesWithoutAnEnglishOneAreRefusedAsProblems() {
		var unknown = api.send("PUT", "/api/admin/help/articles/" + slug + "/locales/fr", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"Titre\",\"body\":\"Texte\"}"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.contentType()).startsWith("application/problem+json");

		var english = api.send("PUT", "/api/admin/help/articles/" + slug + "/locales/en", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"Title\",\"body\":\"Text\"}"));
		assertThat(english.status()).isEqualTo(400);

		var noTitle = api.send("PUT", "/api/admin/help/articles/" + slug + "/locales/hi", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\" \",\"body\":\"पाठ\"}"));
		assertThat(noTitle.status()).isEqualTo(400);

		var noArticle = api.send("PUT", "/api/admin/help/articles/no-such-" + slug + "/locales/hi", admin,
				"application/json", HttpRequest.BodyPublishers.ofString("{\"title\":\"शीर्षक\",\"body\":\"पाठ\"}"));
		assertThat(noArticle.status()).isEqualTo(404);

		var hindiFirst = new HashMap<String, Object>();
		hindiFirst.put("slug", "hindi-first-" + slug);
		hindiFirst.put("locale", "hi");
		hindiFirst.put("category", "test-category");
		hindiFirst.put("title", "शीर्षक");
		hindiFirst.put("body", "पाठ");
		assertThat(api.post("/api/admin/help/articles", admin, hindiFirst).status()).isEqualTo(400);
		assertThat(api.get("/api/admin/help/locales/xx", admin).status()).isEqualTo(400);
	}

	@Test
	void onlyAdminsWriteOrListHindiVersions() {
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Reader");
		var body = HttpRequest.BodyPublishers.ofString("{\"title\":\"शीर्षक\",\"body\":\"पाठ\"}");
		assertThat(api.send("PUT", "/api/admin/help/articles/" + slug + "/locales/hi", customer, "application/json", body)
				.status()).isEqualTo(403);
		assertThat(api.send("PUT", "/api/admin/help/articles/" + slug + "/locales/hi", null, "application/json", body)
				.status()).isEqualTo(401);
		assertThat(api.get("/api/admin/help/locales/hi", customer).status()).isEqualTo(403);
		assertThat(api.get("/api/admin/help/articles/" + slug + "/locales", null).status()).isEqualTo(401);
		assertThat(api.get("/api/support/faqs/" + slug + "?locale=hi", null).body().get("locale").asString())
				.isEqualTo("en");
	}

	@Test
	void otherModulesGetTheBriefInHindiWhenItIsPublishedInHindi() {
		assertThat(articles.find(slug, "hi").orElseThrow().locale()).isEqualTo("en");
		publishHindi("कॉइन रिडीम करना", "**Rewards** खोलें।");

		var brief = articles.find(slug, "hi").orElseThrow();

		assertThat(brief.title()).isEqualTo("कॉइन रिडीम करना");
		assertThat(brief.lead()).isEqualTo("Rewards खोलें।");
		assertThat(brief.locale()).isEqualTo("hi");
		assertThat(brief.link()).isEqualTo("/support/articles/" + slug + "?lang=hi");
		assertThat(articles.find(slug).orElseThrow().link()).isEqualTo("/support/articles/" + slug);
		assertThat(articles.find(slug).orElseThrow().title()).isEqualTo("Redeem " + word + " coins");
		assertThat(articles.search("redeem " + word, 3, "hi")).first()
			.satisfies(first -> assertThat(first.title()).isEqualTo("कॉइन रिडीम करना"));
	}

	@Test
	void topicsAreNamedInHindiForHindiReaders() {
		api.send("PUT", "/api/admin/help/categories/test-category/locales/hi", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"परीक्षण विषय\"}"));

		var hindi = api.get("/api/support/faqs/categories?locale=hi", null).body();
		var english = api.get("/api/support/faqs/categories", null).body();

		assertThat(title(hindi, "test-category")).isEqualTo("परीक्षण विषय");
		assertThat(title(english, "test-category")).isEqualTo("Test category");
		// The shipped topics come with their Hindi names.
		assertThat(title(hindi, "refunds")).isEqualTo("रिफ़ंड");
	}

	private static String title(JsonNode categories, String slug) {
		return categories.valueStream().filter(c -> c.get("slug").asString().equals(slug)).findFirst().orElseThrow()
				.get("title").asString();
	}

	private List<String> coverage(String state) {
		var response = api.get("/api/admin/help/locales/hi?state=" + state, admin);
		assertThat(response.status()).isEqualTo(200);
		return response.body().valueStream().map(c -> c.get("slug").asString()).toList();
	}

	private Api.Response saveHindi(String title, String body) {
		return api.send("PUT", "/api/admin/help/articles/" + slug + "/locales/hi", admin, "application/json",
				HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(Map.of("title", title, "body", body))));
	}

	private void publishHindi(String title, String body) {
		var id = saveHindi(title, body).body().get("id").asString();
		assertThat(api.post("/api/admin/help/articles/" + id + "/publish", admin, Map.of()).status()).isEqualTo(200);
	}
}
