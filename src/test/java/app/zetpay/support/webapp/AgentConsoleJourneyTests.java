package app.zetpay.support.webapp;

import static app.zetpay.support.webapp.ConsoleSteps.LIVE;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * Two browsers at once: a customer on a phone asks the bot for a person; an agent at a desk picks
 * the chat from the console's queue, reads the bot's handover and answers; the customer sees it live.
 * (The same properties as CustomerChatJourneyTests, so both share one application context.)
 */
@BrowserTest
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class AgentConsoleJourneyTests {

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	@Test
	void anAgentPicksAChatTheBotHandedOverAndTheCustomerSeesTheAnswerLive(WebPages pages) {
		var agents = new AgentFixtures(api);
		var email = agents.create("Meera Iyer", "AGENT");
		// AWAY: the router gives her nothing on its own, so the chat waits in the queue for her to pick.
		agents.availability(email, "AWAY");
		api.closeChatsOf(api.customerToken("demo-user-3", "Arjun Mehta"));

		pages.visit("/support/sign-in", "agent-journey-customer", customer -> {
			CustomerSignIn.as(customer, api, environment, "demo-user-3", "Arjun Mehta");
			var thread = ConsoleSteps.askTheBotForAPerson(customer);

			pages.visit("/agent/sign-in", "agent-journey-console", agent -> {
				ConsoleSteps.signIn(agent, email);
				ConsoleSteps.pick(agent, "Arjun Mehta");

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
		agents.availability(email, "AWAY");
		var word = "kestrel" + java.util.UUID.randomUUID().toString().substring(0, 6);
		var earlier = api.customerToken("cust-" + java.util.UUID.randomUUID(), "Rohan Closed");
		var closedChat = agents.directChat(earlier, email);
		api.post("/api/chat/" + closedChat + "/messages", earlier, java.util.Map.of("text", "my " + word + " refund"));
		api.post("/api/chat/" + closedChat + "/close", agents.token(email), java.util.Map.of());

		pages.visit("/agent/sign-in", "agent-journey-closed-and-search", agent -> {
			ConsoleSteps.signIn(agent, email);
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

	/**
	 * The workspace with two agents: Meera answers with a canned response (the customer's name filled
	 * on the server; the customer sees it live), writes a private note mentioning Priya (never on the
	 * customer's page; Priya's mentions have it), and Priya, opening the same chat, sees that Meera is
	 * there, as Meera sees her.
	 */
	@Test
	void anAgentAnswersWithACannedResponseAndMentionsAColleagueInANoteWhoSeesTheCollision(WebPages pages) {
		var agents = new AgentFixtures(api);
		var meeraEmail = agents.create("Meera Iyer", "AGENT");
		// A supervisor sees every chat, so she may be mentioned in this one and open it.
		var priyaEmail = agents.create("Priya Sharma", "AGENT", "SUPERVISOR");
		var meera = agents.token(meeraEmail);
		var priya = agents.token(priyaEmail);
		agents.availability(meeraEmail, "AWAY");
		agents.availability(priyaEmail, "AWAY");
		var shortcut = "late-" + Long.toString(System.nanoTime(), 36);
		api.post("/api/agents/canned-responses", meera, Map.of("shortcut", shortcut, "text",
				"Hi {{customer.name}}, I am {{agent.name}}. Your refund is on its way and reaches you in 3 banking days."));
		api.closeChatsOf(api.customerToken("demo-user-3", "Arjun Mehta"));
		var noteText = "Bank confirmed the RRN, please double-check the reversal";
		var chatId = new AtomicReference<String>();

		pages.visit("/support/sign-in", "agent-workspace-customer", customer -> {
			CustomerSignIn.as(customer, api, environment, "demo-user-3", "Arjun Mehta");
			var thread = ConsoleSteps.askTheBotForAPerson(customer);

			pages.visit("/agent/sign-in", "agent-workspace-note", agent -> {
				ConsoleSteps.signIn(agent, meeraEmail);
				chatId.set(ConsoleSteps.pick(agent, "Arjun Mehta"));
				var log = agent.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages"));
				assertThat(log).containsText("Talk to a person", LIVE);

				// A label on the conversation, from the header.
				agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add label")).click();
				agent.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("New label")).fill("refund-delay");
				agent.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("New label")).press("Enter");
				assertThat(agent.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Labels"))).containsText("refund-delay");

				// A canned response: "/" and part of its shortcut, Enter fills it in on the server.
				var reply = agent.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Reply to the customer"));
				reply.fill("/" + shortcut.substring(0, 6));
				var picker = agent.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("Canned responses"));
				assertThat(picker.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(Pattern.compile(shortcut))))
					.isVisible();
				WebPages.screenshot(agent, Path.of("docs/screenshots/agent-canned-picker-1280.png"));
				reply.press("Enter");
				assertThat(reply).hasValue(Pattern.compile("^Hi Arjun Mehta, I am Meera Iyer\\. Your refund is on its way"));
				reply.press("Enter");
				assertThat(log).containsText("Hi Arjun Mehta, I am Meera Iyer", LIVE);

				// A private note with an @mention picked from the colleagues.
				agent.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Private note")).click();
				var noteBox = agent.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Private note for the team")));
				noteBox.fill(noteText + " @pri");
				agent.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("Mention a colleague"))
					.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(Pattern.compile("Priya Sharma"))).click();
				noteBox.press("Enter");
				assertThat(log.getByRole(AriaRole.LISTITEM, new Locator.GetByRoleOptions().setName("Private note by Meera Iyer")))
					.containsText(noteText, LIVE);

				// The console module records the mention after the note's commit, from the event.
				org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
					var mentions = api.get("/api/agents/me/mentions", priya).body().get("mentions");
					org.assertj.core.api.Assertions.assertThat(mentions.valueStream()
						.filter(m -> m.get("conversationId").asString().equals(chatId.get())).toList())
						.as("Priya's unread mentions").hasSize(1);
				});

				// The transfer dialog lists colleagues with their status and load, not ids to paste.
				agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Transfer")).click();
				var transfer = agent.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Transfer the chat"));
				assertThat(transfer.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("Priya Sharma"))))
					.isVisible();
				WebPages.screenshot(agent, Path.of("docs/screenshots/agent-transfer-1280.png"));
				agent.keyboard().press("Escape");
				assertThat(transfer).isHidden();

				// Priya opens the same chat: each sees the other.
				pages.visit("/agent/sign-in", "agent-collision", colleague -> {
					ConsoleSteps.signIn(colleague, priyaEmail);
					colleague.waitForURL(Pattern.compile(".*/agent/inbox.*"));
					colleague.navigate(colleague.url().replaceAll("/agent/inbox.*", "/agent/inbox/" + chatId.get()));
					assertThat(colleague.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("is also viewing")))
						.containsText("Meera Iyer is also viewing", LIVE);
					assertThat(colleague.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Messages")))
						.containsText(noteText, LIVE);
					assertThat(agent.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("is also viewing")))
						.containsText("Priya Sharma is also viewing", LIVE);
					WebPages.screenshot(agent, Path.of("docs/screenshots/agent-workspace-collision-1280.png"));
				}, Viewport.DESKTOP);

				// The customer panel's history, for this visit's screenshot: scrolled to its end.
				var panel = agent.getByRole(AriaRole.COMPLEMENTARY, new Page.GetByRoleOptions().setName("Customer"));
				assertThat(panel.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Past conversations")))
					.isVisible();
				assertThat(panel.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Tickets"))).isVisible();
				panel.evaluate("el => { el.scrollTop = el.scrollHeight; }");
			}, Viewport.DESKTOP);

			assertThat(thread).containsText("Hi Arjun Mehta, I am Meera Iyer", LIVE);
			assertThat(thread).not().containsText(noteText);
		}, Viewport.PHONE);
	}

}
