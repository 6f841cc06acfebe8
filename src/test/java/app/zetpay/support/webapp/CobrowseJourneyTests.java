package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

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
 * Co-browsing in two browsers: the agent asks from the console, the customer sees who asks and
 * what they will see, and allows it; the agent's replay shows the customer's page with what she
 * typed masked; the agent points at an element and the customer sees it; the customer stops
 * sharing and her page sends nothing more. The customer at a phone's width only: the agent's side
 * needs a desk, and the phone is the narrower, harder layout for the banner and the prompt.
 */
@BrowserTest
class CobrowseJourneyTests {

	/** Counts the co-browsing frames the page writes to its socket, whatever the app does. */
	static final String COUNT_SENT_FRAMES = """
			(() => {
			  window.__cobrowseFrames = 0;
			  const send = WebSocket.prototype.send;
			  WebSocket.prototype.send = function (data) {
			    if (typeof data === 'string' && data.includes('"cobrowse_events"')) window.__cobrowseFrames++;
			    return send.call(this, data);
			  };
			})();""";

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	final String customerToken() {
		return api.customerToken("demo-user-2", "Priya Sharma");
	}

	@AfterEach
	void closeTheChat() {
		api.closeChatsOf(customerToken());
	}

	@Test
	void theAgentSeesTheCustomersPageMaskedPointsAtItAndItStopsWhenSheSaysSo(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Meera Nair", "AGENT");
		agents.availability(email, "AWAY");
		api.closeChatsOf(customerToken());
		var chatId = agents.directChat(customerToken(), email);

		pages.visit("/support/chat/" + chatId, "cobrowse-customer", customer -> {
			customer.addInitScript(COUNT_SENT_FRAMES);
			// The script applies from the next document on: this one.
			customer.reload();
			CustomerSignIn.as(customer, api, environment, "demo-user-2", "Priya Sharma");
			var message = customer.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
			assertThat(message).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));

			pages.visit("/agent/sign-in", "cobrowse-agent", agent -> {
				ConsoleSteps.signIn(agent, email);
				agent.waitForURL(Pattern.compile(".*/agent/inbox.*"));
				agent.navigate(origin(agent) + "/agent/inbox/" + chatId);
				agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Co-browse"))
					.click(new Locator.ClickOptions().setTimeout(20_000));

				// The prompt says who asks, what they see, that typing is hidden, and how to stop.
				var prompt = customer.getByRole(AriaRole.DIALOG,
						new Page.GetByRoleOptions().setName("Share this screen with Meera Nair?"));
				assertThat(prompt).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
				assertThat(prompt).containsText("Anything you type is hidden");
				assertThat(prompt).containsText("Stop sharing");
				org.assertj.core.api.Assertions.assertThat(sentFrames(customer)).as("frames before consent").isZero();
				prompt.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Share my screen")).click();

				var banner = customer.getByRole(AriaRole.STATUS)
					.filter(new Locator.FilterOptions().setHasText("Meera Nair can see this screen"));
				assertThat(banner).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
				message.fill("my upi pin is 4321");

				var replay = agent.frameLocator("[data-testid=cobrowse-replay] iframe");
				var replayedMessage = replay.locator("textarea");
				assertThat(replayedMessage).hasValue(Pattern.compile("^\\*{18}$"),
						new LocatorAssertions.HasValueOptions().setTimeout(20_000));
				org.assertj.core.api.Assertions.assertThat(replay.locator("body").innerHTML()).doesNotContain("4321");
				assertThat(agent.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
					.setHasText("Live: the customer’s screen"))).isVisible();

				// The agent clicks the customer's message box in the replay: she sees where.
				replayedMessage.scrollIntoViewIfNeeded();
				var box = replayedMessage.boundingBox();
				agent.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
				var pointer = customer.getByRole(AriaRole.IMG,
						new Page.GetByRoleOptions().setName("Meera Nair is pointing here"));
				assertThat(pointer).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
				WebPages.screenshot(agent, java.nio.file.Path.of("docs/screenshots/cobrowse-agent-replay-1280.png"));
				WebPages.screenshot(customer, java.nio.file.Path.of("docs/screenshots/cobrowse-customer-sharing-360.png"));

				banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop sharing")).click();
				assertThat(banner).isHidden();
				assertThat(agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Co-browse")))
					.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
				assertThat(agent.getByText("You stopped sharing.").or(agent.getByText("Screen sharing ended")).first())
					.isVisible();
				var sent = sentFrames(customer);
				message.fill("typed after she stopped sharing");
				customer.waitForTimeout(1_000);
				org.assertj.core.api.Assertions.assertThat(sentFrames(customer)).as("frames after the end").isEqualTo(sent);
				org.assertj.core.api.Assertions.assertThat(jdbc.sql(
						"SELECT end_reason FROM cobrowse_session WHERE conversation_id = :chat ORDER BY requested_at DESC")
					.param("chat", chatId).query(String.class).list()).first().isEqualTo("ENDED_BY_CUSTOMER");
			}, Viewport.DESKTOP);
			assertThat(customer.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message")))
				.isVisible();
		}, Viewport.PHONE);
	}

	static long sentFrames(Page page) {
		return ((Number) page.evaluate("() => window.__cobrowseFrames ?? 0")).longValue();
	}

	static String origin(Page page) {
		return page.url().replaceAll("^(https?://[^/]+).*$", "$1");
	}

}
