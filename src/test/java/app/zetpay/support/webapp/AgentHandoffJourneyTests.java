package app.zetpay.support.webapp;

import static app.zetpay.support.webapp.ConsoleSteps.LIVE;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

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
 * A chat passed from hand to hand, three browsers at once: the customer asks the bot for a person;
 * Meera picks the chat and answers, then transfers it with a note to Kabir, picked from her
 * colleagues; Kabir finds it in his inbox with her note, answers and resolves it with a reason; the
 * customer, who saw every answer live, rates the chat. (The same properties as
 * AgentConsoleJourneyTests, so both share one application context.)
 */
@BrowserTest
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class AgentHandoffJourneyTests {

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	@Test
	void aChatTransferredToAColleagueIsResolvedByThemAndRatedByTheCustomer(WebPages pages) {
		var agents = new AgentFixtures(api);
		var meeraEmail = agents.create("Meera Iyer", "AGENT");
		var kabirEmail = agents.create("Kabir Singh", "AGENT");
		// AWAY: the router gives them nothing on its own; Meera picks, and Kabir gets the chat only by transfer.
		agents.availability(meeraEmail, "AWAY");
		agents.availability(kabirEmail, "AWAY");
		var customerToken = api.customerToken("demo-user-1", "Ravi Kumar");
		api.closeChatsOf(customerToken);
		var transferNote = "Ravi's refund of 1,250 rupees: the bank confirmed the reversal, please tell him";
		var chatId = new AtomicReference<String>();

		pages.visit("/support/sign-in", "agent-handoff-customer", customer -> {
			CustomerSignIn.as(customer, api, environment, "demo-user-1", "Ravi Kumar");
			var thread = ConsoleSteps.askTheBotForAPerson(customer);

			pages.visit("/agent/sign-in", "agent-handoff-first-agent", meera -> {
				assertThat(meera.getByLabel("Work email")).isVisible();
				WebPages.screenshot(meera, Path.of("docs/screenshots/agent-sign-in-1280.png"));
				ConsoleSteps.signIn(meera, meeraEmail);
				ConsoleSteps.queued(meera, "Ravi Kumar");
				WebPages.screenshot(meera, Path.of("docs/screenshots/agent-queue-1280.png"));
				chatId.set(ConsoleSteps.pick(meera, "Ravi Kumar"));
				var log = meera.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages"));
				assertThat(log).containsText("Talk to a person", LIVE);
				var reply = meera.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reply to the customer"));
				reply.fill("Hello Ravi, Meera here. Let me check your refund with our payments team.");
				reply.press("Enter");
				assertThat(log).containsText("Meera here", LIVE);

				// Kabir comes on shift; Meera hands the chat to him from her colleagues, with a note.
				agents.availability(kabirEmail, "ONLINE");
				meera.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Transfer")).click();
				var transfer = meera.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Transfer the chat"));
				transfer.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("Kabir Singh")))
					.click(new Locator.ClickOptions().setTimeout(20_000));
				transfer.getByLabel("Note for the next person").fill(transferNote);
				transfer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Transfer")).click();
				assertThat(transfer).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(20_000));
				// Hers no more: she may read along but no longer reply.
				assertThat(reply).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(20_000));
			}, Viewport.DESKTOP);

			pages.visit("/agent/sign-in", "agent-handoff-second-agent", kabir -> {
				ConsoleSteps.signIn(kabir, kabirEmail);
				// The shortcuts sheet, from the keyboard.
				kabir.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Mine"))).focus();
				kabir.keyboard().press("?");
				var sheet = kabir.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
				assertThat(sheet).isVisible();
				WebPages.screenshot(kabir, Path.of("docs/screenshots/agent-shortcuts-1280.png"));
				kabir.keyboard().press("Escape");
				assertThat(sheet).isHidden();
				var mine = kabir.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.LISTITEM)
					.filter(new Locator.FilterOptions().setHasText("Ravi Kumar")).first();
				mine.click(new Locator.ClickOptions().setTimeout(20_000));
				var log = kabir.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages"));
				assertThat(log).containsText("Transferred to Kabir Singh: " + transferNote, LIVE);
				assertThat(log).containsText("Meera here", LIVE);
				WebPages.screenshot(kabir, Path.of("docs/screenshots/agent-inbox-1280.png"));
				var reply = kabir.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reply to the customer"));
				reply.fill("Ravi, this is Kabir: the bank has reversed the 1,250 rupees; it reaches your account within 3 days.");
				reply.press("Enter");
				assertThat(log).containsText("this is Kabir", LIVE);

				kabir.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve")).click();
				var resolve = kabir.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Resolve the chat"));
				resolve.getByLabel("Details (optional)").fill("Reversal confirmed by the bank");
				resolve.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resolve")).click();
				// Done with it: the workspace closes and the chat is among his closed ones.
				assertThat(resolve).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(20_000));
				kabir.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Closed"))).click();
				assertThat(kabir.getByRole(AriaRole.TABPANEL)).containsText("Ravi Kumar", LIVE);
			}, Viewport.DESKTOP);

			// The customer saw both agents' answers live, never the transfer note, and rates the chat.
			assertThat(thread).containsText("Meera here", LIVE);
			assertThat(thread).containsText("this is Kabir", LIVE);
			assertThat(thread).not().containsText(transferNote);
			var csat = customer.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Your rating"));
			csat.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("5 stars"))
				.click(new Locator.ClickOptions().setTimeout(20_000));
			customer.getByLabel("Anything to add? (optional)").fill("Kabir sorted it out quickly.");
			customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send rating")).click();
			assertThat(customer.getByText("Thank you for your feedback.")).isVisible(
					new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
		}, Viewport.PHONE);

		// Kabir finds the rating on the closed chat.
		pages.visit("/agent/sign-in", "agent-handoff-rated", kabir -> {
			ConsoleSteps.signIn(kabir, kabirEmail);
			kabir.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Closed"))).click(
					new Locator.ClickOptions().setTimeout(20_000));
			kabir.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.LISTITEM)
				.filter(new Locator.FilterOptions().setHasText("Ravi Kumar")).first().click();
			assertThat(kabir.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Rated 5 stars of 5")))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
			assertThat(kabir.getByText("Kabir sorted it out quickly.")).isVisible();
		}, Viewport.DESKTOP);

		// Stored once: the same customer cannot rate the chat again.
		var again = api.post("/api/support/chats/" + chatId.get() + "/rating", customerToken, Map.of("rating", 1));
		assertThat(again.status()).as(again.raw().body()).isEqualTo(409);
		assertThat(again.body().get("code").asString()).isEqualTo("already-rated");
	}


}
