package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.ImageFixtures;
import app.zetpay.support.testing.WebPages;

/** Whole customer journeys through the web app, as a screen reader would take them. */
@BrowserTest
class CustomerJourneyTests {

	private static final String ARTICLE = "charged-twice-for-one-payment";
	private static final String ARTICLE_TITLE = "I was charged twice for the same payment";

	private static final Pattern TICKET_NAMED = Pattern.compile("[Tt]icket (\\S+?)(?: is already open|:| for you)");

	@Autowired
	Api api;

	@Test
	void aCustomerFindsAnArticleSignsInAndRatesItHelpful(WebPages pages) {
		pages.visit("/support", "article-rated-helpful", page -> {
			page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search help articles"))
				.fill("charged twice");
			var results = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Search results"));
			results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ARTICLE_TITLE)).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText(ARTICLE_TITLE);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to tell us whether this helped"))
				.click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue as Ravi Kumar")).click();

			assertThat(page).hasURL(Pattern.compile("/support/articles/" + ARTICLE + "$"));
			var yes = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes").setExact(true));
			yes.click();
			assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
				.setHasText("Thanks for telling us."))).isVisible();
			assertThat(yes).hasAttribute("aria-pressed", "true");
		});

		var admin = new AgentFixtures(api).adminToken();
		var feedback = api.get("/api/admin/help/analytics", admin).body().get("feedback").valueStream()
			.filter(article -> article.get("slug").asString().equals(ARTICLE)).findFirst().orElseThrow();
		org.assertj.core.api.Assertions.assertThat(feedback.get("helpful").asLong()).isPositive();
	}
}
