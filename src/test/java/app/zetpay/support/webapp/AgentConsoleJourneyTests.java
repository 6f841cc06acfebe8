package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpRequest;
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
 * Two browsers at once: a customer on a phone asks the bot for a person; an agent at a desk picks
 * the chat from the console's queue, reads the bot's handover and answers; the customer sees it live.
 * (The same properties as CustomerChatJourneyTests, so both share one application context.)
 */
@BrowserTest
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class AgentConsoleJourneyTests {

	/** A shared CI machine can be slow to push a frame; what the other side sees may take a moment. */
	private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(20_000);

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	@Test
	void anAgentPicksAChatTheBotHandedOverAndTheCustomerSeesTheAnswerLive(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Meera Iyer", "AGENT");
		// AWAY: the router gives her nothing on its own, so the chat waits in the queue for her to pick.
		api.send("PUT", "/api/agents/me/availability", agents.token(email), "application/json",
				HttpRequest.BodyPublishers.ofString("{\"availability\":\"AWAY\"}"));
		api.closeChatsOf(api.customerToken("demo-user-3", "Arjun Mehta"));

		pages.visit("/support/sign-in", "agent-journey-customer", customer -> {
			CustomerSignIn.as(customer, api, environment, "demo-user-3", "Arjun Mehta");
			customer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chat with us")).first().click();
			customer.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Suggested replies"))
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Talk to a person")).click();
			var thread = customer.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"));
			assertThat(thread).containsText("connecting you to a person", LIVE);

			pages.visit("/agent/sign-in", "agent-journey-console", agent -> {
				agent.getByLabel("Work email").fill(email);
				agent.getByLabel("Password").fill(AgentFixtures.PASSWORD);
				agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
				agent.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Queue"))).click(
						new Locator.ClickOptions().setTimeout(20_000));
				var row = agent.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.LISTITEM)
					.filter(new Locator.FilterOptions().setHasText("Arjun Mehta")).first();
				row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pick")).click();

				var handover = agent.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Handover from the bot"));
				assertThat(handover).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
				// The bot's typed cause, not its summary's words.
				assertThat(handover).containsText("Asked for a person");
				// The pick reaches the header by the agent_load frame.
				assertThat(agent.getByTestId("capacity")).containsText(Pattern.compile("^1 of \\d+ chats"), LIVE);
				assertThat(agent.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages")))
					.containsText("Talk to a person", LIVE);
				var reply = agent.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reply to the customer"));
				reply.fill("Hello, this is Meera from Zet Pay. I am looking at your payment now.");
				reply.press("Enter");
				assertThat(agent.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages")))
					.containsText("this is Meera from Zet Pay", LIVE);
			}, Viewport.DESKTOP);

			assertThat(thread).containsText("this is Meera from Zet Pay", LIVE);
		}, Viewport.PHONE);
	}

	@Test
	void anAgentFindsAClosedChatInTheClosedTabAndBySearchAndSeesANewChatCountedLive(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Kavya Rao", "AGENT");
		// AWAY: nothing waiting elsewhere is routed to her, so her count moves only with this test's chats.
		api.send("PUT", "/api/agents/me/availability", agents.token(email), "application/json",
				HttpRequest.BodyPublishers.ofString("{\"availability\":\"AWAY\"}"));
		var word = "kestrel" + java.util.UUID.randomUUID().toString().substring(0, 6);
		var earlier = api.customerToken("cust-" + java.util.UUID.randomUUID(), "Rohan Closed");
		var closedChat = agents.directChat(earlier, email);
		api.post("/api/chat/" + closedChat + "/messages", earlier, java.util.Map.of("text", "my " + word + " refund"));
		api.post("/api/chat/" + closedChat + "/close", agents.token(email), java.util.Map.of());

		pages.visit("/agent/sign-in", "agent-journey-closed-and-search", agent -> {
			agent.getByLabel("Work email").fill(email);
			agent.getByLabel("Password").fill(AgentFixtures.PASSWORD);
			agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			var capacity = agent.getByTestId("capacity");
			assertThat(capacity).containsText(Pattern.compile("^0 of \\d+ chats"), LIVE);

			// Closed in an earlier session, so only the server knows it.
			agent.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Closed"))).click();
			assertThat(agent.getByRole(AriaRole.TABPANEL)).containsText("Rohan Closed", LIVE);

			agent.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search conversations")).fill(word);
			var results = agent.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Search results"));
			results.getByText("Rohan Closed").click(new Locator.ClickOptions().setTimeout(20_000));
			assertThat(agent).hasURL(Pattern.compile("/agent/inbox/" + closedChat + "\\?q=" + word));
			assertThat(agent.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages")))
				.containsText("my " + word + " refund", LIVE);

			// A customer opens a chat straight to her: the header counts it without a reload.
			agents.directChat(api.customerToken("cust-" + java.util.UUID.randomUUID(), "Isha Live"), email);
			assertThat(capacity).containsText(Pattern.compile("^1 of \\d+ chats"), LIVE);
		}, Viewport.DESKTOP);
	}
}
