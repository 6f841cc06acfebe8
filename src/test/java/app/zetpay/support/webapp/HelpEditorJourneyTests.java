package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;
import app.zetpay.support.testing.WebPages.Viewport;

/**
 * An admin edits a draft article in /admin/help: the preview beside the Markdown shows the change
 * as customers will see it, the save makes version 2, the comparison with version 1 shows the added
 * lines, and publishing it lets a customer's search at /support find the new words. On the way it
 * looks at the contextual-help mapping and the search analytics. The editor is a desk's tool: the
 * pages are checked at 1280 px only.
 */
@BrowserTest
class HelpEditorJourneyTests {

	static final String NO_RESULT = "flibbertigibbet snorkel";

	private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(20_000);

	@Autowired
	Api api;

	@Test
	void anAdminEditsPreviewsAndPublishesAnArticleAndACustomersSearchFindsTheNewText(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Meera Iyer", "AGENT", "ADMIN");
		// A made-up word no other article has, so the customer's search can only find it in this one.
		var word = madeUpWord();
		var slug = "cashback-on-bill-payments-" + UUID.randomUUID().toString().substring(0, 6);
		var title = "Cashback on bill payments " + slug.substring(slug.length() - 6);
		var category = api.get("/api/support/faqs/categories", null).body().get(0).get("slug").asString();
		var draft = new HashMap<String, Object>();
		draft.put("slug", slug);
		draft.put("category", category);
		draft.put("title", title);
		draft.put("body", "Cashback on electricity and mobile bills reaches your wallet within 24 hours.");
		draft.put("tags", List.of("cashback"));
		draft.put("questions", List.of());
		draft.put("screens", List.of("bill_payment_success"));
		draft.put("errorCodes", List.of("CB" + ThreadLocalRandom.current().nextInt(100, 999)));
		assertThat(api.post("/api/admin/help/articles", agents.adminToken(), draft).status()).isEqualTo(201);
		// A search nobody found anything for, for the analytics page to list. A fixed phrase that
		// HelpCentreAdminTests shows finds nothing: made-up words now and then come close enough in
		// meaning to some article to count as a result (a random "quibb…" word did in CI).
		api.get("/api/support/faqs?query=" + NO_RESULT.replace(" ", "%20"), null);

		pages.visit("/agent/sign-in?next=/admin/help", "admin-help-articles", page -> {
			ConsoleSteps.signIn(page, email);
			page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search articles")).fill(title);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();

			var body = page.getByLabel("Body (Markdown)");
			assertThat(body).hasValue(java.util.regex.Pattern.compile("within 24 hours"));
			body.fill("""
					Cashback on electricity and mobile bills reaches your wallet within 24 hours.

					## When it is late

					Bills paid with the **%s** offer get their cashback on the next working day. \
					Open *Wallet* and tap **History** to see it.""".formatted(word));
			var preview = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Preview as customers see it"));
			assertThat(preview.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("When it is late")))
				.isVisible();
			assertThat(preview.locator("strong").first()).hasText(word);
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-help-editor-1280.png"));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.getByText("Version 2", new Page.GetByTextOptions().setExact(true))).isVisible();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare version 1 with the current one"))
				.click();
			var diff = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
				.setName("Changes from version 1 to the current one"));
			assertThat(diff.locator("ins").filter(new Locator.FilterOptions().setHasText(word))).hasCount(1);
			assertThat(page.getByText("4 lines added, 0 removed")).isVisible();
			dismissToasts(page);
			diff.scrollIntoViewIfNeeded();
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-help-versions-1280.png"));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unpublish"))).isVisible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contextual help")).click();
			var byCode = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("By error code"))
				.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(title));
			assertThat(byCode).containsText(title, SOON);
			// Published now: the mapping no longer marks it as a draft that the app does not offer yet.
			assertThat(byCode).not().containsText("draft");
			dismissToasts(page);
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-help-mapping-1280.png"));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search analytics")).click();
			assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Searches with no result")))
				.containsText(NO_RESULT, SOON);
			dismissToasts(page);
			WebPages.screenshot(page, Path.of("docs/screenshots/admin-help-analytics-1280.png"));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Articles").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
			dismissToasts(page);
		}, Viewport.DESKTOP);

		pages.visit("/support", "admin-help-published-search", page -> {
			page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search help articles")).fill(word);
			var results = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Search results"));
			results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("article strong").first()).hasText(word);
		}, Viewport.DESKTOP);

		var article = api.get("/api/admin/help/articles/" + slug, agents.adminToken()).body();
		assertThat(Map.of("status", article.get("status").asString(), "version", article.get("version").asInt()))
			.containsEntry("status", "PUBLISHED").containsEntry("version", 2);
	}

	/** Saves' and publications' notices would cover the pages in the screenshots. */
	private static void dismissToasts(Page page) {
		var dismiss = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dismiss"));
		while (dismiss.count() > 0) {
			dismiss.first().click();
		}
	}

	private static String madeUpWord() {
		var letters = new StringBuilder("quibb");
		var random = ThreadLocalRandom.current();
		for (int i = 0; i < 5; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}
}
