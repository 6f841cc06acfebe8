package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

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

	@Autowired
	Api api;

	@Autowired
	Environment environment;

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
			CustomerSignIn.as(page, api, environment, "demo-user-1", "Ravi Kumar");

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

	@Test
	void aCustomerRaisesATicketWithAPhotoAndSeesTheAgentsReplyArriveWithoutAReload(WebPages pages) {
		var agents = new AgentFixtures(api);
		var agent = agents.token(agents.create("Meera Nair", "AGENT", "SUPERVISOR"));
		pages.visit("/support/tickets/new", "ticket-with-agent-reply", page -> {
			CustomerSignIn.as(page, api, environment, "demo-user-3", "Arjun Mehta");
			page.getByLabel("What is it about?").selectOption("wallet");
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Subject")).fill("Top-up not credited");
			page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What happened?"))
				.fill("I added ₹500 to my wallet this morning; the bank debited it but my balance did not change.");
			page.getByLabel("Add photos or PDFs").setInputFiles(
					new FilePayload("bank-statement.png", "image/png", ImageFixtures.image("png", 64, 48)));
			assertThat(page.getByText("Attached")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise ticket")).click();

			assertThat(page).hasURL(Pattern.compile("/support/tickets/(?!new$)[^/]+$"));
			var ticketId = page.url().substring(page.url().lastIndexOf('/') + 1);
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download bank-statement.png")))
				.isVisible();
			page.evaluate("() => { window.stillTheSamePage = true; }");
			var reply = api.post("/api/tickets/" + ticketId + "/reply", agent,
					Map.of("message", "Thanks, Arjun. The top-up is credited now; please check your balance."));
			org.assertj.core.api.Assertions.assertThat(reply.status()).isEqualTo(201);

			// No reload: the page hears of the reply on the customer's socket and shows it (a reload
			// would have dropped the mark left on the window).
			assertThat(page.getByText("The top-up is credited now")).isVisible();
			org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.stillTheSamePage === true"))
				.isEqualTo(true);
		});
	}
}
