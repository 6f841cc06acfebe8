package app.zetpay.support.bot;

import static app.zetpay.support.bot.BotChats.botMessage;
import static app.zetpay.support.bot.BotChats.systemNote;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationHandedBack;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.CustomerWroteToBot;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.FakeLanguageModel;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * The bot as a participant, end to end through the chat socket: it answers first, runs the money
 * flows, and hands over to a person with a summary when asked, when it does not understand twice,
 * when the customer is angry, and at once for fraud; after a handover it is silent.
 */
@IntegrationTest
// The demo payments adapter in both profiles: the flows need transactions to look up.
@TestPropertySource(properties = { "support.chat.bot-first=true", "support.bot.seed=true",
		"support.bot.model-poll=200ms", "support.payments.adapter=demo" })
class TriageBotTests {

	/**
	 * A language model endpoint is configured, and declines unless a test says otherwise, so every
	 * other test here also proves the bot answers plainly when the model has nothing to add.
	 */
	static final FakeLanguageModel languageModel = FakeLanguageModel.start();

	@DynamicPropertySource
	static void languageModel(DynamicPropertyRegistry registry) {
		registry.add("support.bot.llm.base-url", languageModel::baseUrl);
	}

	@Autowired
	Api api;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	String customer;
	String admin;
	BotChats chats;

	@BeforeAll
	static void trainOnTheBuiltInIntents(@Autowired Api api) throws Exception {
		BuiltInIntents.trainAndActivate(api);
	}

	/**
	 * Handed-over chats would wait in the shared queue of the production-profile run and be routed to
	 * the agents of whichever test class comes next; they are closed here.
	 */
	@AfterEach
	void closeTheChats() {
		chats.closeAll();
		languageModel.reset();
	}

	@BeforeEach
	void customer() {
		chats = new BotChats(api);
		customer = api.customerToken("bot-customer-" + UUID.randomUUID(), "Meera");
		admin = new AgentFixtures(api).adminToken();
	}

	@Test
	void theBotGreetsFirstAndAnswersFromTheHelpCentre() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			var greeting = botMessage(socket);
			assertThat(greeting.get("senderRole").asString()).isEqualTo("BOT");
			assertThat(greeting.get("quickReplies").size()).isEqualTo(3);
			assertThat(api.get("/api/chat/" + chat, customer).body().get("status").asString()).isEqualTo("BOT");

			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));

			var answer = botMessage(socket);
			// The link is the web app's article page, not the JSON API's URL.
			assertThat(answer.get("text").asString()).containsIgnoringCase("UPI PIN").contains("/support/articles/")
					.doesNotContain("/api/");
			assertThat(answer.get("quickReplies").valueStream().map(q -> q.get("label").asString()))
					.contains("That solved it", "Talk to a person");
		}
	}

	/**
	 * The intent's team goes on the chat's report row when the bot classifies a message, so a chat
	 * the bot settles alone counts for that team's containment (it used to read 0 % with a team
	 * filter). A team of the test's own, so the report's counts are this chat's alone.
	 */
	@Test
	void aChatTheBotSettlesCountsForItsIntentsTeamInContainment() throws Exception {
		var team = "bot-team-" + UUID.randomUUID().toString().substring(0, 8);
		var upiPin = api.get("/api/admin/bot/intents/upi_pin", admin).body();
		var original = upiPin.get("team").asString();
		assertThat(original).as("bot/intents.yml gives upi_pin to payments").isEqualTo("payments");
		putIntentTeam(upiPin, team);
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);
			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));
			assertThat(botMessage(socket).get("text").asString()).containsIgnoringCase("UPI PIN");
			assertThat(api.post("/api/chat/" + chat + "/close", customer, Map.of()).status()).isLessThan(300);
			awaitStatus(chat, "CLOSED");

			var supervisor = new AgentFixtures(api).token(new AgentFixtures(api).create("Bot Report Supervisor",
					"SUPERVISOR"));
			var bot = api.get("/api/reports?team=" + team, supervisor).body().get("bot");
			assertThat(bot.get("botTook").asLong()).isEqualTo(1);
			assertThat(bot.get("contained").asLong()).as("settled by the bot, nobody asked for").isEqualTo(1);
			assertThat(bot.get("containmentRate").asDouble()).isEqualTo(1.0);
		}
		finally {
			putIntentTeam(upiPin, original);
		}
	}

	private void putIntentTeam(JsonNode intent, String team) throws Exception {
		var body = new HashMap<String, Object>();
		body.put("description", intent.get("description").asString());
		body.put("articleSlug", intent.path("articleSlug").isNull() ? null : intent.path("articleSlug").asString());
		body.put("flow", intent.path("flow").isNull() ? null : intent.path("flow").asString());
		body.put("examples", intent.get("examples").valueStream().map(JsonNode::asString).toList());
		body.put("team", team);
		var saved = api.send("PUT", "/api/admin/bot/intents/" + intent.get("name").asString(), admin, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(body)));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("team").asString()).isEqualTo(team);
	}

	@Test
	void aConfiguredLanguageModelPhrasesTheAnswerFromTheArticleOnly() {
		languageModel.replies("You can set a new UPI PIN from the app with your debit card details.");
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));

			var answer = botMessage(socket).get("text").asString();
			assertThat(answer).contains("You can set a new UPI PIN from the app with your debit card details.")
				.contains("/support/articles/", "Did that solve it?").doesNotContain("/api/");
			// The article went along as the only ground for the answer, with the customer's words.
			assertThat(languageModel.requests()).last().asString()
				.contains("using only the help-centre article", "I forgot my UPI PIN");
		}
	}

	/**
	 * The event registry marks a delivery complete in a transaction of its own, so a crash between
	 * the bot's commit and that one delivers the message again: it must not be answered twice.
	 */
	@Test
	void aMessageDeliveredAgainIsNotAnsweredAgain() throws Exception {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);
			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));
			var sent = socket.next(f -> "chat_message".equals(f.path("type").asString())
					&& "CUSTOMER".equals(f.path("payload").path("senderRole").asString()), "the customer's message")
				.get("payload");
			botMessage(socket);

			var message = new ChatMessage(sent.get("id").asString(), new ConversationId(chat), sent.get("seq").asLong(),
					sent.get("senderId").asString(), sent.get("senderName").asString(), SenderRole.CUSTOMER, null,
					MessageType.TEXT, sent.get("text").asString(), null, Instant.parse(sent.get("timestamp").asString()),
					null, List.of());
			transactions.executeWithoutResult(status -> events.publishEvent(new CustomerWroteToBot(message)));

			assertThat(socket.drain("chat_message", Duration.ofSeconds(2))).isEmpty();
			assertThat(api.get("/api/chat/" + chat + "/messages", customer).body().valueStream()
				.filter(m -> "BOT".equals(m.path("senderRole").asString())).count()).isEqualTo(2);
		}
	}

	@Test
	void aFailedDebitedPaymentIsFoundAmongRecentOnesAndGetsARefundTicket() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "My payment failed but the money was debited"));
			var choice = botMessage(socket);
			var failed = choice.get("quickReplies").valueStream()
					.filter(q -> q.get("label").asString().endsWith("failed")).findFirst().orElseThrow();
			socket.send("send_message", Map.of("chatId", chat, "text", failed.get("reply").asString()));
			var outcome = botMessage(socket).get("text").asString();

			assertThat(outcome).contains(failed.get("reply").asString()).contains("failed, but the money was debited")
					.containsPattern("ticket SPT-\\d{4}-\\d{6}");
			var tickets = api.get("/api/support/tickets", customer).body();
			assertThat(tickets.toString()).contains(failed.get("reply").asString());

			// Asking again later shows the same ticket rather than raising another.
			socket.send("send_message", Map.of("chatId", chat, "text", "where is my refund?"));
			assertThat(botMessage(socket).get("text").asString()).contains("Here is where your refunds stand")
					.contains(failed.get("reply").asString());
		}
	}

	@Test
	void aChatOpenedFromAFailedPaymentStartsWithThatPayment() {
		var failed = api.get("/api/payments/transactions", customer).body().valueStream()
				.filter(t -> "FAILED".equals(t.path("status").asString())).findFirst().orElseThrow()
				.get("id").asString();
		try (var socket = SocketClient.authenticated(api, customer)) {
			initiate(Map.of("transactionId", failed, "screen", "transaction_details"));

			assertThat(botMessage(socket).get("text").asString()).startsWith("Hi, I'm the Zet Pay Assistant.")
					.contains(failed).contains("failed, but the money was debited").containsPattern("ticket SPT-\\d{4}-\\d{6}");
		}
	}

	/** The app's context named a payment this customer does not have: nothing to apologise for yet. */
	@Test
	void aChatOpenedFromAnUnknownPaymentGreetsSaysSoAndOffersTheRecentOnes() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of("transactionId", "TXN-NOT-THEIRS", "screen", "upi_payment"));

			var opening = botMessage(socket);

			assertThat(opening.get("text").asString()).startsWith("Hi, I'm the Zet Pay Assistant.")
				.contains("couldn't find the payment TXN-NOT-THEIRS").doesNotContain("Sorry");
			assertThat(opening.get("quickReplies").valueStream().map(q -> q.get("label").asString()))
				.hasSize(6).contains("It's not in this list");
			assertThat(api.get("/api/chat/" + chat, customer).body().get("status").asString()).isEqualTo("BOT");
		}
	}

	@Test
	void askingForAPersonHandsOverWithTheContextAndTheBotFallsSilent() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of("screen", "upi_payment"));
			assertThat(botMessage(socket).get("text").asString()).contains("These may help with what you were doing");
			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "can I speak with a real person please"));

			assertThat(systemNote(socket, "the handover notice")).contains("connecting you to a person");
			var seenByAgent = api.get("/api/chat/" + chat, admin).body();
			assertThat(seenByAgent.get("status").asString()).isEqualTo("QUEUED");
			assertThat(seenByAgent.get("handoverNote").asString()).contains("asked for a person")
					.contains("upi_pin").contains("screen upi_payment").contains("Bot told the customer");
			assertThat(seenByAgent.get("handover").get("cause").asString()).isEqualTo("ASKED_FOR_PERSON");
			assertThat(seenByAgent.get("handover").get("priority").asString()).isEqualTo("NORMAL");
			// Why the bot gave up is the staff's business, not the customer's.
			assertThat(api.get("/api/chat/" + chat, customer).raw().body()).doesNotContain("\"handover\"")
					.doesNotContain("ASKED_FOR_PERSON");

			socket.send("send_message", Map.of("chatId", chat, "text", "hello? anyone?"));
			assertThat(socket.drain("chat_message", Duration.ofSeconds(2)))
					.noneMatch(f -> "BOT".equals(f.path("payload").path("senderRole").asString()));
		}
	}

	@Test
	void whatTheBotDoesIsCountedForOperations() {
		double conversations = count("support.bot.conversations");
		double articles = count("support.bot.answers", "kind", "article");
		double asked = count("support.bot.handovers", "cause", "asked");
		long understood = meters.get("support.bot.understanding").timer().count();
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);
			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));
			botMessage(socket);
			socket.send("send_message", Map.of("chatId", chat, "text", "can I speak with a real person please"));
			awaitStatus(chat, "QUEUED");
		}

		assertThat(count("support.bot.conversations")).isEqualTo(conversations + 1);
		assertThat(count("support.bot.answers", "kind", "article")).isEqualTo(articles + 1);
		assertThat(count("support.bot.handovers", "cause", "asked")).isEqualTo(asked + 1);
		assertThat(meters.get("support.bot.understanding").timer().count()).isEqualTo(understood + 1);
		assertThat(api.get("/actuator/prometheus", null, "text/plain").raw().body())
			.contains("support_bot_handovers_total{cause=\"asked\"", "support_bot_conversations_total",
					"support_bot_understanding_seconds{quantile=\"0.99\"");
	}

	private double count(String name, String... tags) {
		var counter = meters.find(name).tags(tags).counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void connectedAgentsWatchTheBotsConversationsLive() {
		var agents = new AgentFixtures(api);
		var agent = agents.token(agents.create("Watcher", "AGENT"));
		try (var agentSocket = SocketClient.authenticated(api, agent);
				var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));
			botMessage(socket);

			var watched = agentSocket.next(f -> "bot_chat_activity".equals(f.path("type").asString())
					&& chat.equals(f.path("payload").path("chatId").asString())
					&& "BOT".equals(f.path("payload").path("message").path("senderRole").asString())
					&& f.path("payload").path("message").path("text").asString().contains("UPI PIN"),
					"the bot's answer, watched");
			assertThat(watched.get("payload").get("status").asString()).isEqualTo("BOT");
		}
	}

	@Test
	void aPictureGetsAnAnswerToo() throws Exception {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);
			var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
			var png = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", png);
			var imageUrl = api.upload("/api/chat/" + chat + "/images", customer, "screen.png", "image/png",
					png.toByteArray()).body().get("imageUrl").asString();

			socket.send("send_message", Map.of("chatId", chat, "imageUrl", imageUrl));

			assertThat(botMessage(socket).get("text").asString()).contains("can't look at pictures");
		}
	}

	@Test
	void notUnderstandingTwiceHandsOver() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "blorp zzkx qwv fnarg"));
			botMessage(socket);
			socket.send("send_message", Map.of("chatId", chat, "text", "vrrm plonk xq"));

			awaitStatus(chat, "QUEUED");
			assertThat(api.get("/api/chat/" + chat, admin).body().get("handoverNote").asString())
					.contains("did not understand");
		}
	}

	@Test
	void theHandoverRulesAnAdminSetsHoldFromTheNextMessageAndTryItShowsThem() {
		var angry = "This is the WORST app, you people are useless cheats!!!";
		var tried = api.post("/api/admin/bot/try", admin, Map.of("text", angry)).body();
		assertThat(tried.get("handsOver").asBoolean()).isTrue();
		assertThat(tried.get("cause").asString()).isEqualTo("UPSET_CUSTOMER");
		var original = api.get("/api/admin/bot/handover-rules", admin).body();
		try {
			var changed = api.send("PUT", "/api/admin/bot/handover-rules", admin, "application/json",
					java.net.http.HttpRequest.BodyPublishers.ofString(
							"{\"confidence\":0.99,\"misunderstandings\":1,\"upsetCustomer\":false}"));
			assertThat(changed.status()).isEqualTo(200);
			var gibberish = api.post("/api/admin/bot/try", admin, Map.of("text", "blorp zzkx qwv fnarg")).body();
			assertThat(gibberish.get("understood").asBoolean()).isFalse();
			assertThat(gibberish.get("cause").asString()).isEqualTo("LOW_CONFIDENCE");
			assertThat(api.post("/api/admin/bot/try", admin, Map.of("text", angry)).body().path("cause").asString(""))
					.isNotEqualTo("UPSET_CUSTOMER");

			try (var socket = SocketClient.authenticated(api, customer)) {
				var chat = initiate(Map.of());
				botMessage(socket);
				// One message the bot is not sure of is enough now.
				socket.send("send_message", Map.of("chatId", chat, "text", "blorp zzkx qwv fnarg"));

				awaitStatus(chat, "QUEUED");
				assertThat(api.get("/api/chat/" + chat, admin).body().get("handoverNote").asString())
						.contains("did not understand the customer");
			}
		}
		finally {
			var restored = new HashMap<String, Object>();
			restored.put("confidence", original.get("confidence").asDouble());
			restored.put("misunderstandings", original.get("misunderstandings").asInt());
			restored.put("upsetCustomer", original.get("upsetCustomer").asBoolean());
			restored.put("urgentTeam", original.path("urgentTeam").isString() ? original.get("urgentTeam").asString() : null);
			api.send("PUT", "/api/admin/bot/handover-rules", admin, "application/json",
					java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(restored)));
		}
	}

	@Test
	void anAngryCustomerReachesAPersonAtOnce() {
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "This is the WORST app, you people are useless cheats!!!"));

			awaitStatus(chat, "QUEUED");
			var seen = api.get("/api/chat/" + chat, admin).body();
			assertThat(seen.get("handoverNote").asString()).contains("upset");
			assertThat(seen.get("handover").get("cause").asString()).isEqualTo("UPSET_CUSTOMER");
			assertThat(seen.get("handover").get("priority").asString()).isEqualTo("HIGH");
		}
	}

	@Test
	void suspectedFraudGoesStraightToAPersonAheadOfTheQueue() {
		var other = api.customerToken("bot-customer-" + UUID.randomUUID(), "Arjun");
		var waiting = api.post("/api/chat/initiate/support", other, Map.of()).body().get("id").asString();
		chats.closeLater(waiting, other);
		api.post("/api/chat/" + waiting + "/messages", other, Map.of("text", "talk to a human"));
		awaitStatus(waiting, "QUEUED", other);
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);

			socket.send("send_message", Map.of("chatId", chat, "text", "someone used my card without my permission"));

			awaitStatus(chat, "QUEUED");
			var urgent = api.get("/api/chat/" + chat, customer).body().get("queue").get("position").asInt();
			var earlier = api.get("/api/chat/" + waiting, other).body().get("queue").get("position").asInt();
			assertThat(urgent).isLessThan(earlier);
			var seen = api.get("/api/chat/" + chat, admin).body();
			assertThat(seen.get("handoverNote").asString()).contains("suspected fraud");
			assertThat(seen.get("handover").get("cause").asString()).isEqualTo("SUSPECTED_FRAUD");
			assertThat(seen.get("handover").get("priority").asString()).isEqualTo("URGENT");
		}
	}

	@Test
	void anAgentHandsTheChatBackAndTheBotAnswersAgainKeepingTheSummary() {
		var agents = new AgentFixtures(api);
		var agent = agents.token(agents.create("Kiran", "AGENT"));
		try (var socket = SocketClient.authenticated(api, customer)) {
			var chat = initiate(Map.of());
			botMessage(socket);
			socket.send("send_message", Map.of("chatId", chat, "text", "talk to a human"));
			awaitStatus(chat, "QUEUED");
			assertThat(api.post("/api/agents/queue/" + chat + "/pick", agent, Map.of()).status()).isEqualTo(200);
			awaitStatus(chat, "ASSIGNED");
			assertThat(api.get("/api/chat/" + chat, agent).body().get("handoverNote").asString())
					.contains("asked for a person");

			var back = api.post("/api/chat/" + chat + "/hand-back", agent, Map.of());

			assertThat(back.status()).isEqualTo(200);
			assertThat(back.body().get("status").asString()).isEqualTo("BOT");
			assertThat(botMessage(socket).get("text").asString()).contains("I'm here again");
			socket.send("send_message", Map.of("chatId", chat, "text", "I forgot my UPI PIN, how do I set a new one?"));
			assertThat(botMessage(socket).get("text").asString()).containsIgnoringCase("UPI PIN");
			assertThat(api.post("/api/chat/" + chat + "/hand-back", agent, Map.of()).status()).isIn(403, 404, 409);

			// The same hand-back delivered again (a crash before the registry marked it) welcomes no one twice.
			var announced = api.get("/api/chat/" + chat + "/messages", customer).body().valueStream()
				.filter(m -> m.path("text").asString().contains("handed the chat back")).findFirst().orElseThrow();
			transactions.executeWithoutResult(status -> events
				.publishEvent(new ConversationHandedBack(chat, "agent", "Kiran", announced.get("seq").asLong())));
			assertThat(socket.drain("chat_message", Duration.ofSeconds(2))).isEmpty();
		}
	}

	private String initiate(Map<String, Object> context) {
		return chats.open(customer, context);
	}

	private void awaitStatus(String chat, String status) {
		awaitStatus(chat, status, customer);
	}

	private void awaitStatus(String chat, String status, String token) {
		chats.await(chat, token, seen -> status.equals(seen.path("status").asString()), "status " + status);
	}
}
