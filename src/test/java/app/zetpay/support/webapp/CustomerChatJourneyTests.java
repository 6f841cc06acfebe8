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

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;

/**
 * The customer chat with the triage bot answering first (its own context: the shared one has no
 * bot): on the support site, and in the embeddable widget on a merchant's page.
 */
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
			WebPages.screenshot(page, Path.of("docs/screenshots/chat-guided-flow-" + page.viewportSize().width + ".png"));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My tickets")).click();
			assertThat(page.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(number)))
				.isVisible();
		});
	}

	/**
	 * The widget on a page whose CSS attacks everything (src/test/resources/static/test/hostile-host.html:
	 * `* { all: unset }`, `div { display: none !important }`, a 40 px root font, restyled buttons,
	 * overridden brand variables, rules aimed at the widget's own element, and a fixed banner at
	 * z-index 2 147 482 000 over the corner): the launcher is there, on top and the widget's own size
	 * and colours; the panel opens in the shadow root, a message goes and the bot answers; the
	 * widget's computed styles are its own, and the page keeps its own. At phone width the panel is
	 * the whole screen, from 640 px a 380 px panel.
	 */
	@Test
	void theWidgetOnAHostileMerchantPageOpensChatsWithTheBotAndKeepsItsOwnLooks(WebPages pages) {
		var token = api.customerToken("demo-user-1", "Ravi Kumar");
		// Served by the app itself from the test class path (classpath:/static/test/): a page the
		// test fulfilled through a route would count as a public address, and Chromium's Local
		// Network Access checks would refuse its socket to localhost.
		// Viewport-only screenshots: the whole hostile page overflows far below the widget.
		pages.viewportOnly().visit("/test/hostile-host.html", "widget-on-hostile-page", page -> {
				api.closeChatsOf(token);
				var log = new java.util.concurrent.ConcurrentLinkedQueue<String>();
				page.onConsoleMessage(m -> log.add("console " + m.type() + ": " + m.text()));
				page.onWebSocket(ws -> {
					log.add("ws open " + ws.url());
					ws.onFrameReceived(f -> log.add("ws in " + f.text()));
					ws.onFrameSent(f -> log.add("ws out " + (f.text().contains("authenticate") ? "authenticate…" : f.text())));
					ws.onClose(w -> log.add("ws closed"));
					ws.onSocketError(e -> log.add("ws error " + e));
				});
				page.waitForFunction("() => typeof window.ZetChat === 'object'");
				org.assertj.core.api.Assertions.assertThat(page.evaluate("t => window.ZetChat.init({ token: t })", token))
					.isEqualTo(true);

				var launcher = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chat with Zet Pay Support"));
				assertThat(launcher).isVisible();
				// On top of the page's own fixed banner in that corner, and the widget's size and colour
				// (56 px at the widget's 16 px rem, not 140 px at the page's 40 px; indigo, not the page's red).
				@SuppressWarnings("unchecked")
				var looks = (Map<String, Object>) page.evaluate("""
						() => {
						  const host = document.querySelector('zetpay-chat');
						  const button = host.shadowRoot.querySelector('[data-zetchat-launcher]');
						  const box = button.getBoundingClientRect();
						  const style = getComputedStyle(button);
						  return {
						    inShadowRoot: button.getRootNode() === host.shadowRoot,
						    onTop: document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host,
						    width: box.width, background: style.backgroundColor, border: style.borderTopWidth,
						    transform: style.transform, cursor: style.cursor,
						    hostDisplay: getComputedStyle(host).display,
						  };
						}""");
				org.assertj.core.api.Assertions.assertThat(looks).containsEntry("inShadowRoot", true)
					.containsEntry("onTop", true)
					.containsEntry("width", 56)
					.containsEntry("background", "rgb(67, 56, 202)")
					.containsEntry("border", "0px")
					.containsEntry("transform", "none")
					.containsEntry("cursor", "default") // the widget's own (Tailwind's buttons), not the page's crosshair
					.containsEntry("hostDisplay", "block");

				launcher.click();
				var panel = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Chat with Zet Pay Support"));
				assertThat(panel).isVisible();
				var thread = panel.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Messages"));
				assertThat(thread.locator("[data-sender=bot]").first()).containsText("Zet Pay Assistant");

				var composer = panel.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Message"));
				composer.fill("Where is my refund?");
				composer.press("Enter");
				try {
					// Sent, or already Seen: the bot reads it at once.
					assertThat(thread.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Where is my refund?")))
						.containsText(Pattern.compile("Sent|Seen"));
				}
				catch (AssertionError e) {
					throw new AssertionError(String.join("\n", log), e);
				}
				assertThat(thread.getByRole(AriaRole.LISTITEM).last()).hasAttribute("data-sender", "bot");

				@SuppressWarnings("unchecked")
				var inside = (Map<String, Object>) page.evaluate("""
						() => {
						  const root = document.querySelector('zetpay-chat').shadowRoot;
						  const dialog = root.querySelector('[role=dialog]');
						  const bubble = [...root.querySelectorAll('[data-sender=bot] [class*="text-[0.9375rem]"]')].pop();
						  const field = root.querySelector('textarea');
						  const style = (el) => getComputedStyle(el);
						  return {
						    panelWidth: dialog.getBoundingClientRect().width,
						    panelHeight: dialog.getBoundingClientRect().height,
						    font: style(bubble).fontFamily, fontSize: style(bubble).fontSize,
						    fontStyle: style(bubble).fontStyle, colour: style(bubble).color,
						    letterSpacing: style(bubble).letterSpacing, textTransform: style(bubble).textTransform,
						    fieldBackground: style(field).backgroundColor, fieldDisplay: style(field).display,
						    fieldFontSize: style(field).fontSize,
						    pageButton: getComputedStyle(document.getElementById('pay-again')).backgroundColor,
						  };
						}""");
				var width = page.viewportSize().width;
				org.assertj.core.api.Assertions.assertThat(inside)
					.containsEntry("panelWidth", width < 640 ? width : 380)
					.containsEntry("fontSize", "15px")
					.containsEntry("fontStyle", "normal")
					.containsEntry("letterSpacing", "normal")
					.containsEntry("textTransform", "none")
					.containsEntry("fieldDisplay", "block")
					.containsEntry("fieldFontSize", "16px")
					.containsEntry("pageButton", "rgb(255, 105, 180)");
				org.assertj.core.api.Assertions.assertThat((String) inside.get("font")).doesNotContain("Comic");
				org.assertj.core.api.Assertions.assertThat(inside.get("colour")).isNotIn("rgb(0, 255, 0)", "rgb(255, 0, 0)");
				org.assertj.core.api.Assertions.assertThat(inside.get("fieldBackground")).isNotEqualTo("rgb(255, 105, 180)");
				if (width < 640) {
					org.assertj.core.api.Assertions.assertThat(((Number) inside.get("panelHeight")).intValue())
						.isEqualTo(page.viewportSize().height);
				}
			});

		// What the screen showed, not the whole page, which overflows both ways (692 × 1756 px at 360).
		for (var viewport : Map.of(360, 740, 1280, 800).entrySet()) {
			org.assertj.core.api.Assertions.assertThat(pngSize(Path.of("docs/screenshots/widget-on-hostile-page-"
					+ viewport.getKey() + ".png"))).containsExactly(viewport.getKey(), viewport.getValue());
		}
	}

	private static int[] pngSize(Path png) {
		try {
			var image = javax.imageio.ImageIO.read(png.toFile());
			return new int[] { image.getWidth(), image.getHeight() };
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
