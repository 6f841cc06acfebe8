package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;

/** The customer chat with the triage bot answering first (its own context: the shared one has no bot). */
@BrowserTest
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class CustomerChatJourneyTests {

	private static final Pattern TICKET_NAMED = Pattern.compile("[Tt]icket (\\S+?)(?: is already open|:| for you)");

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	/** The seeded intents train a model in the background on start; the bot answers once it is active. */
	@BeforeAll
	static void awaitTheBotsModel(@Autowired Api api) throws InterruptedException {
		var admin = new AgentFixtures(api).adminToken();
		var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (api.get("/api/admin/bot/models", admin).body().valueStream().noneMatch(m -> m.path("active").asBoolean())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No bot model became active");
			}
			if (api.get("/api/admin/bot/models", admin).body().isEmpty()) {
				api.post("/api/admin/bot/models", admin, Map.of());
			}
			Thread.sleep(250);
		}
		Thread.sleep(1_000); // the node polls for the active model
	}

	@Test
	void aSignedInCustomerReportsAFailedPaymentToTheBotAndFindsTheTicketItRaised(WebPages pages) {
		pages.visit("/support/sign-in", "chat-ticket-in-my-tickets", page -> {
			api.closeChatsOf(api.customerToken("demo-user-2", "Priya Sharma"));
			CustomerSignIn.as(page, api, environment, "demo-user-2", "Priya Sharma");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chat with us")).first().click();

			var suggestions = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Suggested replies"));
			suggestions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Payment failed but money debited"))
				.click();
			page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Your recent payments"))
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile(", Failed$")))
				.click();

			var answer = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"))
				.getByRole(AriaRole.LISTITEM)
				.filter(new Locator.FilterOptions().setHasText(Pattern.compile("failed, but the money was debited")))
				.last();
			assertThat(answer).containsText(TICKET_NAMED);
			var ticket = TICKET_NAMED.matcher(answer.innerText());
			ticket.find();
			var number = ticket.group(1);
			// The conversation itself, for the README; the visit's own screenshot is the ticket list.
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setAnimations(ScreenshotAnimations.DISABLED)
				.setPath(Path.of("docs/screenshots/chat-guided-flow-" + page.viewportSize().width + ".png")));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My tickets")).click();
			assertThat(page.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(number)))
				.isVisible();
		});
	}

}
