package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.SocketClient;
import app.zetpay.support.testing.WebPages;
import app.zetpay.support.testing.WebPages.Viewport;

/**
 * Co-browsing from the embeddable widget, on a page of the Zet Pay app that embeds it
 * (src/test/resources/static/test/cobrowse-host.html): the agent asks, the customer consents in the
 * widget, the agent's replay shows the HOST page with her note masked and the PIN field not sent at
 * all, the agent points and the customer sees it on the host page, the agent enlarges the replay,
 * the customer stops sharing and frames stop; asked again, leaving the page ends it at once.
 */
@BrowserTest
class WidgetCobrowseJourneyTests {

	static final LocatorAssertions.IsVisibleOptions LIVE = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	final String customerToken() {
		return api.customerToken("demo-user-3", "Arjun Mehta");
	}

	@AfterEach
	void closeTheChat() {
		api.closeChatsOf(customerToken());
	}

	@Test
	void theAgentSeesTheHostPageThroughTheWidgetMaskedPointsAtItAndItEndsWithThePage(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Meera Nair", "AGENT");
		agents.availability(email, "AWAY");
		api.closeChatsOf(customerToken());
		var chatId = agents.directChat(customerToken(), email);

		pages.viewportOnly().visit("/test/cobrowse-host.html", "cobrowse-widget-customer", customer -> {
			customer.addInitScript(CobrowseJourneyTests.COUNT_SENT_FRAMES);
			customer.reload();
			customer.waitForFunction("() => typeof window.ZetChat === 'object'");
			org.assertj.core.api.Assertions.assertThat(
					customer.evaluate("t => window.ZetChat.init({ token: t, open: true })", customerToken())).isEqualTo(true);
			assertThat(customer.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"))).isVisible(LIVE);
			// Back to the host page: the widget's panel closed, its socket stays.
			customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close chat")).click();
			org.assertj.core.api.Assertions.assertThat(sentRecorder(customer)).as("the recorder before consent").isFalse();

			pages.visit("/agent/sign-in", "cobrowse-widget-agent", agent -> {
				ConsoleSteps.signIn(agent, email);
				agent.waitForURL(Pattern.compile(".*/agent/inbox.*"));
				agent.navigate(CobrowseJourneyTests.origin(agent) + "/agent/inbox/" + chatId);
				var coBrowse = agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Co-browse"));
				coBrowse.click(new Locator.ClickOptions().setTimeout(20_000));
				// With the co-browse button the header is full at 1280 px: the status must still be read
				// whole, not slid under the buttons ("Assigne").
				org.assertj.core.api.Assertions.assertThat((Boolean) agent.evaluate("""
						() => {
						  const badge = [...document.querySelectorAll('main h1 span')].find(s => s.textContent === 'Assigned');
						  const box = badge.getBoundingClientRect();
						  return badge.contains(document.elementFromPoint(box.right - 2, box.top + box.height / 2));
						}""")).as("the status badge is uncovered").isTrue();

				// The prompt is the widget's, over the host page, and says the same as the hub's.
				var prompt = customer.getByRole(AriaRole.DIALOG,
						new Page.GetByRoleOptions().setName("Share this screen with Meera Nair?"));
				assertThat(prompt).isVisible(LIVE);
				assertThat(prompt).containsText("Anything you type is hidden");
				assertThat(prompt).containsText("PIN, OTP and card fields are never sent");
				org.assertj.core.api.Assertions.assertThat(CobrowseJourneyTests.sentFrames(customer)).as("frames before consent")
					.isZero();
				WebPages.screenshot(customer, Path.of("docs/screenshots/cobrowse-widget-consent-360.png"), false);
				prompt.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Share my screen")).click();

				var banner = customer.getByRole(AriaRole.STATUS)
					.filter(new Locator.FilterOptions().setHasText("Meera Nair can see this screen"));
				assertThat(banner).isVisible(LIVE);
				org.assertj.core.api.Assertions.assertThat(sentRecorder(customer)).as("the recorder after consent").isTrue();
				customer.getByLabel("Note to payee").fill("my upi pin is 4321");
				customer.getByLabel("UPI PIN").fill("9876");

				var replay = agent.frameLocator("[data-testid=cobrowse-replay] iframe");
				var replayedNote = replay.locator("input[name=note]");
				assertThat(replayedNote).hasValue(Pattern.compile("^\\*{18}$"),
						new LocatorAssertions.HasValueOptions().setTimeout(20_000));
				assertThat(replay.getByText("Sharma Kirana Store")).isVisible();
				// The PIN field is blocked: not in the replay at all, nor its value.
				assertThat(replay.locator("input[name=upi-pin]")).hasCount(0);
				var replayed = replay.locator("body").innerHTML();
				org.assertj.core.api.Assertions.assertThat(replayed).doesNotContain("4321").doesNotContain("9876");

				// The agent points at the note field: the customer sees it, on the host page.
				var box = replayedNote.boundingBox();
				agent.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
				var pointer = customer.getByRole(AriaRole.IMG,
						new Page.GetByRoleOptions().setName("Meera Nair is pointing here"));
				assertThat(pointer).isVisible(LIVE);
				var note = customer.getByLabel("Note to payee").boundingBox();
				var pointed = pointer.boundingBox();
				org.assertj.core.api.Assertions.assertThat(pointed.y).isCloseTo(note.y, org.assertj.core.data.Offset.offset(4.0));
				WebPages.screenshot(customer, Path.of("docs/screenshots/cobrowse-widget-sharing-360.png"), false);

				// The agent enlarges the replay to the console's height, scaled to fit; and back.
				agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enlarge")).click();
				var region = agent.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Customer’s screen"));
				assertThat(region).hasAttribute("data-large", "true");
				agent.waitForTimeout(300);
				var large = agent.locator("[data-testid=cobrowse-replay] iframe").boundingBox();
				org.assertj.core.api.Assertions.assertThat(large.height).as("the enlarged replay's height").isGreaterThan(600);
				assertThat(replayedNote).isVisible();
				WebPages.screenshot(agent, Path.of("docs/screenshots/cobrowse-agent-replay-large-1280.png"), false);
				agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to the chat")).click();
				assertThat(region).not().hasAttribute("data-large", "true");

				banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop sharing")).click();
				assertThat(banner).isHidden();
				assertThat(coBrowse).isVisible(LIVE);
				var sent = CobrowseJourneyTests.sentFrames(customer);
				customer.getByLabel("Note to payee").fill("typed after she stopped sharing");
				customer.waitForTimeout(1_000);
				org.assertj.core.api.Assertions.assertThat(CobrowseJourneyTests.sentFrames(customer)).as("frames after the end")
					.isEqualTo(sent);
				org.assertj.core.api.Assertions.assertThat(lastEndReason(chatId)).isEqualTo("ENDED_BY_CUSTOMER");

				// Asked again and allowed: leaving the host page ends it at once, not after the reconnect grace.
				coBrowse.click();
				prompt.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Share my screen"))
					.click(new Locator.ClickOptions().setTimeout(20_000));
				assertThat(banner).isVisible(LIVE);
				assertThat(replayedNote).isVisible(LIVE);
				customer.navigate(CobrowseJourneyTests.origin(customer) + "/test/cobrowse-host.html?left");
				Awaitility.await().atMost(Duration.ofSeconds(8))
					.untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(lastEndReason(chatId)).isEqualTo("PAGE_CLOSED"));
				assertThat(coBrowse).isVisible(LIVE);
			}, Viewport.DESKTOP);
		}, Viewport.PHONE);
	}

	/**
	 * A supervisor opens the co-browsing audit from the rail, narrows it to one agent and sees each
	 * session's who, when, consent and end; the screenshot is docs/screenshots/cobrowse-audit-1280.png.
	 */
	@Test
	void aSupervisorSeesWhoCoBrowsedWhenWithWhoseConsentAndHowItEnded(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Kavya Iyer", "AGENT");
		var supervisor = agents.create("Vikram Rao", "AGENT", "SUPERVISOR");
		var customer = api.customerToken("demo-user-3", "Arjun Mehta");
		api.closeChatsOf(customer);
		var chatId = agents.directChat(customer, email);
		try (var agent = SocketClient.authenticated(api, agents.token(email));
				var page = SocketClient.authenticated(api, customer)) {
			agent.send("cobrowse_request", java.util.Map.of("chatId", chatId));
			var declined = page.next(f -> f.at("/payload/state").asString().equals("REQUESTED"), "the prompt")
				.at("/payload/sessionId").asString();
			page.send("cobrowse_respond", java.util.Map.of("sessionId", declined, "accept", false));
			agent.next(f -> f.at("/payload/state").asString().equals("DECLINED"), "the refusal");
			agent.send("cobrowse_request", java.util.Map.of("chatId", chatId));
			var shared = page.next(f -> f.at("/payload/state").asString().equals("REQUESTED")
					&& !f.at("/payload/sessionId").asString().equals(declined), "the second prompt")
				.at("/payload/sessionId").asString();
			page.send("cobrowse_respond", java.util.Map.of("sessionId", shared, "accept", true));
			agent.next(f -> f.at("/payload/state").asString().equals("ACTIVE"), "the consent");
			page.send("cobrowse_end", java.util.Map.of("sessionId", shared));
			agent.next(f -> f.at("/payload/state").asString().equals("ENDED"), "the end");
		}

		pages.visit("/agent/sign-in", "cobrowse-audit", console -> {
			ConsoleSteps.signIn(console, supervisor);
			console.waitForURL(Pattern.compile(".*/(agent|admin)/.*"));
			console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Co-browsing audit")).click();
			console.getByLabel("Agent").selectOption(agents.idOf(email));
			// The sessions carry the server's clock, which other tests in this context move forward;
			// the page's range starts from the browser's today, so show the server's own range.
			var range = api.get("/api/cobrowse/sessions?agentId=" + agents.idOf(email), agents.token(supervisor)).body();
			console.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill(range.get("to").asString());
			console.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(range.get("from").asString());
			var table = console.getByRole(AriaRole.TABLE);
			assertThat(table.getByRole(AriaRole.ROW)).hasCount(3, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
			var newest = table.getByRole(AriaRole.ROW).nth(1);
			assertThat(newest).containsText("Kavya Iyer");
			assertThat(newest).containsText("demo-user-3");
			assertThat(newest).containsText("Given");
			assertThat(newest).containsText("By the customer · stopped sharing");
			assertThat(table.getByRole(AriaRole.ROW).nth(2)).containsText("Declined");
			assertThat(console.getByText("Page 1 of 1 · 2 sessions")).isVisible();
		}, Viewport.DESKTOP);
	}

	@org.jspecify.annotations.Nullable String lastEndReason(String chatId) {
		return jdbc.sql("SELECT end_reason FROM cobrowse_session WHERE conversation_id = :chat ORDER BY requested_at DESC")
			.param("chat", chatId).query(String.class).list().stream().findFirst().orElse(null);
	}

	/** Whether the widget added its recorder (rrweb) to the host page: only after consent. */
	static boolean sentRecorder(Page page) {
		return (Boolean) page.evaluate("() => !!document.querySelector('script[src*=\"zetchat-cobrowse.js\"]')");
	}
}
