package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;

/** The steps the console's journeys share: signing in, a customer asking for a person, picking it. */
final class ConsoleSteps {

	/** A shared CI machine can be slow to push a frame; what the other side sees may take a moment. */
	static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(20_000);

	private ConsoleSteps() {
	}

	/** Signs an account made by {@link AgentFixtures} in to the console from its sign-in page. */
	static void signIn(Page page, String email) {
		page.getByLabel("Work email").fill(email);
		page.getByLabel("Password").fill(AgentFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	/** From the signed-in hub: opens the chat and asks the bot for a person; the thread. */
	static Locator askTheBotForAPerson(Page customer) {
		customer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chat with us")).first().click();
		customer.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Suggested replies"))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Talk to a person")).click();
		var thread = customer.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"));
		assertThat(thread).containsText("connecting you to a person", LIVE);
		return thread;
	}

	/** The customer's row in the console's Queue tab (waited for). */
	static Locator queued(Page agent, String customerName) {
		agent.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Queue")))
			.click(new Locator.ClickOptions().setTimeout(20_000));
		var row = agent.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(customerName)).first();
		assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
		return row;
	}

	/** Picks the customer's chat from the queue and waits for it to open; its id. */
	static String pick(Page agent, String customerName) {
		queued(agent, customerName).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pick")).click();
		agent.waitForURL(Pattern.compile(".*/agent/inbox/cnv_.*"));
		return agent.url().replaceAll(".*/agent/inbox/", "").replaceAll("[?#].*", "");
	}
}
