package app.zetpay.support.bot;

import static app.zetpay.support.bot.BotChats.botMessage;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * Issue 19 through the chat socket: a Hinglish and a Devanagari customer write to the bot, are
 * understood, answered in their language (Devanagari in Hindi; Hinglish in the language the app is
 * in, else English), and handed to a person who sees the customer's language on the conversation
 * and the bot's summary in English.
 */
@IntegrationTest
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class HindiChatTests {

	private static final Predicate<String> DEVANAGARI = text -> text.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);

	@Autowired
	Api api;

	String customer;
	String admin;
	BotChats chats;

	@BeforeAll
	static void trainOnTheBuiltInIntents(@Autowired Api api) throws Exception {
		BuiltInIntents.trainAndActivate(api);
	}

	@BeforeEach
	void customer() {
		chats = new BotChats(api);
		customer = api.customerToken("hindi-customer-" + UUID.randomUUID(), "Sunita");
		admin = new AgentFixtures(api).adminToken();
	}

	/** Queued chats would be routed to the next test class's agents in the shared production-profile run. */
	@AfterEach
	void closeTheChats() {
		chats.closeAll();
	}

	@Test
	void aHinglishWriterIsUnderstoodAnsweredInEnglishAndHandedOverWithTheLanguageShown() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			assertThat(botMessage(socket).get("text").asString()).startsWith("Hi, I'm the Zet Pay Assistant.");

			socket.send("send_message", Map.of("chatId", chat, "text", "paise kat gaye par payment fail ho gaya"));
			var choice = botMessage(socket);
			assertThat(choice.get("text").asString()).contains("Which payment is it?");
			assertThat(choice.get("quickReplies").valueStream().map(q -> q.get("label").asString()))
				.contains("It's not in this list");

			socket.send("send_message", Map.of("chatId", chat, "text", "kisi insaan se baat karni hai"));
			assertThat(handoverNotice(socket)).contains("connecting you to a person");

			var seen = awaitLanguage(chat, "hi-Latn");
			assertThat(seen.get("status").asString()).isEqualTo("QUEUED");
			assertThat(seen.get("language").has("preferred")).isFalse();
			assertThat(seen.get("handoverNote").asString()).contains("failed_payment")
				.contains("writes Hinglish (Hindi in Roman letters)").contains("the bot answered in English")
				.contains("Last message, glossed in English:").containsIgnoringCase("human");
		}
	}

	@Test
	void aDevanagariWriterIsAnsweredInHindiTapsHindiRepliesAndTheAgentReadsEnglish() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of("language", "hi"));
			var greeting = botMessage(socket);
			assertThat(greeting.get("text").asString()).startsWith("नमस्ते, मैं Zet Pay असिस्टेंट हूँ।");
			assertThat(greeting.get("quickReplies").valueStream().map(q -> q.get("label").asString()))
				.containsExactly("पेमेंट फ़ेल, पर पैसे कट गए", "मेरा रिफ़ंड कहाँ है?", "किसी व्यक्ति से बात करें");

			socket.send("send_message", Map.of("chatId", chat, "text", "पैसे कट गए लेकिन पेमेंट फेल हो गया"));
			var choice = botMessage(socket);
			assertThat(choice.get("text").asString()).contains("कौन-सा पेमेंट है?");
			var failed = choice.get("quickReplies").valueStream()
				.filter(q -> q.get("label").asString().endsWith("· फ़ेल")).findFirst().orElseThrow();
			socket.send("send_message", Map.of("chatId", chat, "text", failed.get("reply").asString()));
			var outcome = botMessage(socket);
			assertThat(outcome.get("text").asString()).contains(failed.get("reply").asString())
				.contains("फ़ेल हो गया, पर पैसे कट गए").containsPattern("टिकट SPT-\\d{4}-\\d{6}");

			// The button in Hindi is understood as what it says: a person, please.
			var person = outcome.get("quickReplies").valueStream()
				.filter(q -> q.get("label").asString().equals("किसी व्यक्ति से बात करें")).findFirst().orElseThrow();
			socket.send("send_message", Map.of("chatId", chat, "text", person.get("reply").asString()));
			assertThat(handoverNotice(socket)).contains("व्यक्ति से जोड़ रहा हूँ");

			var seen = awaitLanguage(chat, "hi");
			assertThat(seen.get("language").get("preferred").asString()).isEqualTo("hi");
			var note = seen.get("handoverNote").asString();
			assertThat(note).contains("failed and debited").contains("writes Hindi (Devanagari)")
				.contains("chose Hindi (Devanagari) in the app").contains("the bot answered in Hindi")
				.contains("Last message, glossed in English:");
			assertThat(note).matches(DEVANAGARI.negate(), "has no Devanagari for the agent to read");
		}
	}

	@Test
	void aHinglishWriterWhoChoseHindiIsAnsweredInHindiUntilTheySwitchTheAppToEnglish() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of("language", "hi"));
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "refund kab aayega bhai"));
			assertThat(botMessage(socket).get("text").asString()).contains("रिफ़ंड");

			var switched = put("/api/chat/" + chat + "/language", customer, "{\"language\":\"en\"}");
			assertThat(switched.status()).isEqualTo(200);
			assertThat(switched.body().get("language").get("preferred").asString()).isEqualTo("en");
			socket.send("send_message", Map.of("chatId", chat, "text", "refund kab aayega bhai"));
			var answer = botMessage(socket).get("text").asString();
			assertThat(answer).contains("refund");
			assertThat(answer).matches(DEVANAGARI.negate(), "is in English");
		}
	}

	@Test
	void aHindiReaderIsGivenTheHindiArticleAndTheChatsNotesInHindi() {
		var agents = new AgentFixtures(api);
		var agentEmail = agents.create("Meera Joshi", "AGENT");
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of("language", "hi"));
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "मेरा यूपीआई पिन भूल गया"));
			var answer = botMessage(socket).get("text").asString();
			assertThat(answer).contains("**UPI PIN कैसे बनाएँ, बदलें या रीसेट करें**")
				.contains("/support/articles/set-or-reset-upi-pin?lang=hi")
				.doesNotContain("अंग्रेज़ी में").doesNotContain("Set or reset");

			socket.send("send_message", Map.of("chatId", chat, "text", "मुझे किसी इंसान से बात करनी है"));
			assertThat(handoverNotice(socket)).contains("व्यक्ति से जोड़ रहा हूँ");
			var agentToken = agents.token(agentEmail);
			try (var agentSocket = SocketClient.authenticated(api, agentToken)) {
				assertThat(systemNote(socket, "Meera Joshi")).isEqualTo("Meera Joshi चैट में जुड़ गए हैं।");
				assertThat(api.post("/api/chat/" + chat + "/close", agentToken, Map.of()).status()).isEqualTo(200);
				assertThat(systemNote(socket, "Meera Joshi"))
					.isEqualTo("Meera Joshi ने चैट को हल हो गई बताकर बंद कर दिया।");
			}
			finally {
				// Offline, so the next test's queued chat is not routed to her before the server sees the socket close.
				agents.availability(agentEmail, "OFFLINE");
			}
		}
	}

	@Test
	void theGreetingSuggestsTheHindiVersionsOfTheScreensArticles() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			initiate(Map.of("language", "hi", "screen", "upi_payment"));
			var lines = botMessage(socket).get("text").asString().lines().filter(line -> line.startsWith("• ")).toList();

			assertThat(lines).hasSize(3).anyMatch(line -> line.contains("?lang=hi"));
			// A Hindi title links to the Hindi page; an article without a Hindi version keeps its English title and link.
			assertThat(lines).allMatch(line -> DEVANAGARI.test(line) == line.contains("?lang=hi"), "title and link agree");
		}
	}

	@Test
	void onlyTheCustomerChoosesAndOnlyEnglishOrHindi() {
		var chat = initiate(Map.of());

		var unknown = put("/api/chat/" + chat + "/language", customer, "{\"language\":\"fr\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("language");
		assertThat(put("/api/chat/" + chat + "/language", admin, "{\"language\":\"hi\"}").status()).isEqualTo(403);
		var stranger = api.customerToken("stranger-" + UUID.randomUUID(), "Stranger");
		assertThat(put("/api/chat/" + chat + "/language", stranger, "{\"language\":\"hi\"}").status()).isEqualTo(404);
		var badStart = api.post("/api/chat/initiate/support", api.customerToken("other-" + UUID.randomUUID(), "Other"),
				Map.of("context", Map.of("language", "hi-Latn")));
		assertThat(badStart.status()).isEqualTo(400);
		assertThat(badStart.body().get("errors").get(0).get("field").asString()).isEqualTo("context.language");
	}

	private Api.Response put(String path, String token, String json) {
		return api.send("PUT", path, token, "application/json", HttpRequest.BodyPublishers.ofString(json));
	}

	private String initiate(Map<String, Object> context) {
		return chats.open(customer, context);
	}

	private static String handoverNotice(SocketClient socket) {
		return BotChats.systemNote(socket, "the handover notice");
	}

	private static String systemNote(SocketClient socket, String mentioning) {
		return BotChats.systemNote(socket, "a note about " + mentioning, text -> text.contains(mentioning));
	}

	/** The language is written after the message's commit, off its path: the agent's view catches up. */
	private JsonNode awaitLanguage(String chat, String detected) {
		return chats.await(chat, admin, seen -> detected.equals(seen.path("language").path("detected").asString(null))
				&& !seen.path("handoverNote").isMissingNode(), "language " + detected + " and a handover note");
	}
}
