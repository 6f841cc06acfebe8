package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;
import app.zetpay.support.testing.WebPages.Viewport;

/** Help-centre articles in Hindi (issue 19): read by a Hindi-speaking customer, written by an admin. */
@BrowserTest
class HindiHelpJourneyTests {

	@Autowired
	Api api;

	@Test
	void aCustomerInHindiSearchesInDevanagariAndReadsTheArticleInHindi(WebPages pages) {
		pages.visit("/support", "support-hi-article", page -> {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("हिन्दी").setExact(true)).click();
			// The topics are named in Hindi too.
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^रिफ़ंड"))))
				.isVisible();
			page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("सहायता लेख खोजें"))
				.fill("पैसे कट गए लेकिन पेमेंट फेल हो गया");
			var results = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("खोज के नतीजे"));
			results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName(Pattern.compile("UPI पेमेंट फ़ेल हो गया लेकिन पैसे कट गए"))).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("UPI पेमेंट फ़ेल हो गया लेकिन पैसे कट गए");
			assertThat(page.locator("article").first()).hasAttribute("lang", "hi");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("आगे क्या होगा"))).isVisible();
			// It is in Hindi: no "not yet in Hindi" note.
			assertThat(page.getByRole(AriaRole.NOTE)).hasCount(0);
		});
	}

	@Test
	void anArticleWithoutAHindiVersionOpensInEnglishSayingSo(WebPages pages) {
		pages.visit("/support/articles/refund-timelines?lang=hi", "support-hi-article-in-english", page -> {
			assertThat(page.getByRole(AriaRole.NOTE)).hasText("यह लेख अभी हिंदी में नहीं है, इसलिए यहाँ अंग्रेज़ी में है।");
			assertThat(page.locator("article").first()).hasAttribute("lang", "en");
		}, Viewport.PHONE);
	}

	@Test
	void anAdminSeesAHindiVersionMissingAndAddsItBesideTheEnglishOne(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Kavita Rao", "AGENT", "ADMIN");
		var slug = "festival-cashback-" + UUID.randomUUID().toString().substring(0, 6);
		var title = "Festival cashback " + slug.substring(slug.length() - 6);
		var category = api.get("/api/support/faqs/categories", null).body().get(0).get("slug").asString();
		var draft = new HashMap<String, Object>();
		draft.put("slug", slug);
		draft.put("category", category);
		draft.put("title", title);
		draft.put("body", "## When it arrives\n\nFestival cashback reaches your **wallet** within 24 hours.");
		draft.put("tags", List.of("cashback"));
		draft.put("questions", List.of());
		draft.put("screens", List.of());
		draft.put("errorCodes", List.of());
		assertThat(api.post("/api/admin/help/articles", agents.adminToken(), draft).status()).isEqualTo(201);
		api.post("/api/admin/help/articles/" + slug + "/publish", agents.adminToken(), java.util.Map.of());
		var hindiTitle = "त्योहार कैशबैक " + slug.substring(slug.length() - 6);

		// The visit's own screenshot is the Hindi editor at its end, with the article's language badges.
		pages.visit("/agent/sign-in?next=/admin/help", "admin-help-hindi-editor", page -> {
			ConsoleSteps.signIn(page, email);
			page.getByLabel("Hindi", new Page.GetByLabelOptions().setExact(true)).selectOption("MISSING");
			page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search articles")).fill(title);
			var row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
			assertThat(row).containsText("Hindi: missing");
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-help-hindi-missing-1280.png"));
			row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hindi: missing")).click();

			page.getByLabel("Title in Hindi").fill(hindiTitle);
			page.getByLabel("Body in Hindi (Markdown)").fill("## कब आएगा\n\nत्योहार का कैशबैक 24 घंटे में आपके **वॉलेट** में आ जाता है।");
			var preview = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Preview as customers see it"));
			assertThat(preview.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("कब आएगा"))).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Hindi draft")).click();
			var languages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Languages"));
			assertThat(languages).containsText("Hindi: draft");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
			assertThat(languages).containsText("Hindi: published");
			var dismiss = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss"));
			while (dismiss.count() > 0) {
				dismiss.first().click();
			}
		}, Viewport.DESKTOP);

		var page = api.get("/api/support/faqs/" + slug + "?locale=hi", null).body();
		assertThat(page.get("locale").asString()).isEqualTo("hi");
		assertThat(page.get("title").asString()).isEqualTo(hindiTitle);
	}
}
