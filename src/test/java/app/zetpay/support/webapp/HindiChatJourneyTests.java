package app.zetpay.support.webapp;

import static app.zetpay.support.webapp.ConsoleSteps.LIVE;
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
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.WebPages;
import app.zetpay.support.testing.WebPages.Viewport;

/**
 * Issue 19 in the browser: a customer switches /support to Hindi, chats with the bot in Devanagari
 * and is answered in Hindi, asks for a person in Hindi; the agent finds the chat in the queue with a
 * Hindi badge, and the bot's handover in English with the language and an English gloss. (The same
 * properties as CustomerChatJourneyTests, so both share one application context.)
 */
@BrowserTest
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class HindiChatJourneyTests {

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
	void aCustomerChatsWithTheBotInHindiAndTheAgentSeesTheirLanguage(WebPages pages) {
		var agents = new AgentFixtures(api);
		var agentEmail = agents.create("Farah Khan", "AGENT");
		// AWAY: the router gives her nothing on its own; she picks the chat from the queue.
		agents.availability(agentEmail, "AWAY");
		var token = api.customerToken("demo-user-4", "Lakshmi Iyer");

		pages.visit("/support/sign-in", "chat-hindi-bot", customer -> {
			api.closeChatsOf(token);
			CustomerSignIn.as(customer, api, environment, "demo-user-4", "Lakshmi Iyer");
			customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("हिन्दी").setExact(true)).click();
			customer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("हमसे चैट करें")).first().click();

			var thread = customer.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("मैसेज"));
			assertThat(thread).containsText("नमस्ते, मैं Zet Pay असिस्टेंट हूँ।", LIVE);
			assertThat(customer.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("सुझाए गए जवाब"))
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("किसी व्यक्ति से बात करें"))).isVisible();

			var composer = customer.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("मैसेज"));
			composer.fill("पैसे कट गए लेकिन पेमेंट फेल हो गया");
			composer.press("Enter");
			assertThat(thread).containsText("कौन-सा पेमेंट है?", LIVE);

			composer.fill("मुझे किसी इंसान से बात करनी है");
			composer.press("Enter");
			assertThat(thread).containsText("मैं आपको एक व्यक्ति से जोड़ रहा हूँ", LIVE);

			pages.visit("/agent/sign-in", "agent-hindi-customer", agent -> {
				ConsoleSteps.signIn(agent, agentEmail);
				var row = ConsoleSteps.queued(agent, "Lakshmi Iyer");
				assertThat(row.getByTestId("customer-language")).containsText("Hindi", LIVE);
				ConsoleSteps.pick(agent, "Lakshmi Iyer");
				var badge = agent.locator("header").getByTestId("customer-language");
				assertThat(badge).isVisible();
				assertThat(badge).containsText("Hindi", LIVE);
				var handover = agent.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Handover from the bot"));
				if (handover.getByRole(AriaRole.BUTTON).first().getAttribute("aria-expanded").equals("false")) {
					handover.getByRole(AriaRole.BUTTON).first().click();
				}
				assertThat(handover).containsText("writes Hindi (Devanagari)", LIVE);
				assertThat(handover).containsText("Said, in English");
				var log = agent.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages"));
				assertThat(log).containsText("मुझे किसी इंसान से बात करनी है", LIVE);
			}, Viewport.DESKTOP);

			// The customer's side once a person has the chat, for the README.
			assertThat(thread).containsText("Farah Khan", LIVE);
		}, Viewport.PHONE);
	}

	/** Hinglish: the app stays in English, search and the bot understand it, the agent sees "Hinglish". */
	@Test
	void aHinglishCustomerSearchesChatsAndIsHandedToAnAgentWhoSeesHinglish(WebPages pages) {
		var agents = new AgentFixtures(api);
		var agentEmail = agents.create("Imran Ali", "AGENT");
		agents.availability(agentEmail, "AWAY");
		var token = api.customerToken("demo-user-4", "Lakshmi Iyer");

		pages.visit("/support/sign-in", "chat-hinglish-bot", customer -> {
			api.closeChatsOf(token);
			CustomerSignIn.as(customer, api, environment, "demo-user-4", "Lakshmi Iyer");
			customer.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search help articles"))
				.fill("refund kab aayega");
			assertThat(customer.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Search results")))
				.containsText(Pattern.compile("refund", Pattern.CASE_INSENSITIVE), LIVE);
			customer.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search help articles")).fill("");
			// The results go once the box is empty, and with them their own "Chat with us": a click on that
			// one as it went did nothing (failed once in CI). The page's own link, after they have gone.
			assertThat(customer.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Search results")))
				.isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(20_000));
			customer.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Talk to us"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Chat with us")).click();
			var thread = customer.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"));
			assertThat(thread).containsText("Hi, I'm the Zet Pay Assistant.", LIVE);
			var composer = customer.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
			composer.fill("paise kat gaye par payment fail ho gaya");
			composer.press("Enter");
			assertThat(thread).containsText("Which payment is it?", LIVE);

			composer.fill("kisi insaan se baat karni hai");
			composer.press("Enter");
			assertThat(thread).containsText("connecting you to a person", LIVE);

			pages.visit("/agent/sign-in", "agent-hinglish-customer", agent -> {
				ConsoleSteps.signIn(agent, agentEmail);
				var row = ConsoleSteps.queued(agent, "Lakshmi Iyer");
				assertThat(row.getByTestId("customer-language")).containsText("Hinglish", LIVE);
				ConsoleSteps.pick(agent, "Lakshmi Iyer");
				assertThat(agent.locator("header").getByTestId("customer-language")).containsText("Hinglish", LIVE);
				var log = agent.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages"));
				assertThat(log).containsText("kisi insaan se baat karni hai", LIVE);
			}, Viewport.DESKTOP);
		}, Viewport.PHONE);
	}
}
