package app.zetpay.support.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.BrowserTest;
import app.zetpay.support.testing.SocketClient;
import app.zetpay.support.testing.WebPages;

/**
 * A customer's open chat page with a person on the other side, live: what the agent does reaches
 * the page without a reload, and a lost network costs the customer nothing. The shared context
 * queues a new chat for agents at once (no bot); the agent is driven through the API and the
 * socket, as the agent console does.
 */
@BrowserTest
class CustomerLiveChatTests {

	private static final Pattern CHAT_URL = Pattern.compile("/support/chat/([^/?#]+)$");

	@Autowired
	Api api;

	@Autowired
	Environment environment;

	private final String lakshmi = "demo-user-4";
	private final String priya = "demo-user-2";

	/** The agent's socket, open until the screenshot is taken (closing it shows the agent as away). */
	private final List<SocketClient> sockets = new ArrayList<>();

	@AfterEach
	void closeTheChats() {
		closeSockets();
		api.closeChatsOf(api.customerToken(lakshmi, "Lakshmi Iyer"), api.customerToken(priya, "Priya Sharma"));
	}

	@Test
	void theAgentsTypingAndReplyReachTheOpenChatWithoutAReload(WebPages pages) {
		var agents = new AgentFixtures(api);
		var agent = agents.token(agents.create("Meera Nair", "AGENT"));
		pages.visit("/support/chat", "chat-agent-reply", page -> {
			closeSockets(); // the last width's: an agent with a socket open would be routed this chat at once
			var customer = api.customerToken(lakshmi, "Lakshmi Iyer");
			api.closeChatsOf(customer);
			CustomerSignIn.as(page, api, environment, "demo-user-4", "Lakshmi Iyer");
			var chatId = chatIdOf(page);
			send(page, "My electricity bill payment of ₹1,240 is stuck since morning.");
			var thread = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"));
			assertThat(item(thread, "is stuck since morning")).containsText("Sent");
			// A marker on this document: a reload or navigation would lose it.
			page.evaluate("() => { window.__sameDocument = 'yes'; }");

			org.assertj.core.api.Assertions.assertThat(
					api.post("/api/agents/queue/" + chatId + "/pick", agent, Map.of()).status()).isEqualTo(200);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Meera Nair");

			var socket = SocketClient.authenticated(api, agent);
			sockets.add(socket);
			// Her socket's presence reaches the customer: she shows as online.
			assertThat(page.getByText("Zet Pay Support · online")).isVisible();
			socket.send("typing", Map.of("chatId", chatId, "isTyping", true));
			var typing = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Meera Nair is typing…"));
			assertThat(typing).isVisible();

			socket.send("send_message", Map.of("chatId", chatId, "clientMessageId", UUID.randomUUID().toString(),
					"text", "Hi Lakshmi, I'm Meera. I can see the ₹1,240 payment; it is still with your bank. Let me check it for you."));
			socket.next("message_ack");
			var reply = item(thread, "I can see the ₹1,240 payment");
			assertThat(reply).isVisible();
			assertThat(reply).containsText("Meera Nair");
			assertThat(reply).hasAttribute("data-sender", "agent");
			// Her message ends her typing.
			assertThat(typing).isHidden();
			org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__sameDocument")).isEqualTo("yes");
		});
	}

	@Test
	void messagesWrittenOfflineWaitAndAreDeliveredOnceInOrderWhenTheNetworkIsBack(WebPages pages) {
		pages.visit("/support/chat", "chat-back-online", page -> {
			var customer = api.customerToken(priya, "Priya Sharma");
			api.closeChatsOf(customer);
			CustomerSignIn.as(page, api, environment, "demo-user-2", "Priya Sharma");
			var chatId = chatIdOf(page);
			var thread = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages"));
			send(page, "Hello, my cashback has not come.");
			assertThat(item(thread, "my cashback has not come")).containsText("Sent");

			page.context().setOffline(true);
			var offline = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("You are offline"));
			assertThat(offline).isVisible();
			send(page, "It was for the ₹349 mobile recharge.");
			send(page, "The offer said ₹50 back within a day.");
			assertThat(thread.getByText("Waiting to send")).hasCount(2);
			assertThat(offline).containsText("2 messages will be sent when you are back online.");
			WebPages.screenshot(page, Path.of("docs/screenshots/chat-offline-" + page.viewportSize().width + ".png"));

			page.context().setOffline(false);
			assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("You are back online")))
				.isVisible();
			assertThat(thread.getByText("Waiting to send")).hasCount(0);
			assertThat(item(thread, "₹50 back within a day")).containsText("Sent");

			// Stored once each, in the order written: the server's view, not the page's.
			var texts = api.get("/api/chat/" + chatId + "/messages?limit=50", customer).body().valueStream()
				.filter(m -> "CUSTOMER".equals(m.path("senderRole").asString()))
				.map(m -> m.path("text").asString())
				.toList();
			org.assertj.core.api.Assertions.assertThat(texts).containsExactly("Hello, my cashback has not come.",
					"It was for the ₹349 mobile recharge.", "The offer said ₹50 back within a day.");
			for (var text : texts) {
				assertThat(thread.getByText(text, new Locator.GetByTextOptions().setExact(true))).hasCount(1);
			}
		});
	}

	private void closeSockets() {
		sockets.forEach(SocketClient::close);
		sockets.clear();
	}

	/** Waits for the chat to be opened (the page moves to its address) and returns its id. */
	private static String chatIdOf(Page page) {
		assertThat(page).hasURL(CHAT_URL);
		var matcher = CHAT_URL.matcher(page.url());
		org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static Locator item(Locator thread, String text) {
		return thread.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(text));
	}

	private static void send(Page page, String text) {
		var composer = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
		composer.fill(text);
		composer.press("Enter");
	}
}
