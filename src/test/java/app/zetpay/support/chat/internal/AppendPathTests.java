package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * Every message goes one way into a conversation, whoever writes it: customers' and agents' through
 * the group commit, the bot's replies too, and the product's notes with the change they record in
 * the caller's transaction. So all of them share one numbering, one idempotency rule and one
 * delivery, after commit, to the participants' sockets (and to agents watching the bot's chats).
 */
@IntegrationTest
class AppendPathTests {

	@Autowired
	MessageWriter writer;

	@Autowired
	GroupCommit groupCommit;

	@Autowired
	BotChannel bot;

	@Autowired
	ConversationLifecycle lifecycle;

	@Autowired
	Conversations conversations;

	@Autowired
	Messages messages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	Api api;


	/** Customers whose chats are closed after each test, so none waits in the shared queue. */
	final List<String> customers = new ArrayList<>();

	@AfterEach
	void closeTheChats() {
		api.closeChatsOf(customers.toArray(String[]::new));
	}

	@Test
	void aBatchNumbersCustomerBotAndSystemMessagesInTheOrderTheyCame() {
		var chat = open(ConversationStatus.BOT);
		var customer = customerOf(chat);
		var batch = List.of(
				pending(Append.of(customer, chat.id(), said("My payment failed", "c-1"))),
				pending(fromTheBot(chat, "Which payment was it?")),
				pending(Append.of(customer, chat.id(), said("The last one", "c-2"))),
				pending(Append.note(chat.id(), "We are looking it up.")),
				pending(fromTheBot(chat, "Found it: it was refunded.")));

		groupCommit.commit(batch);

		var written = batch.stream().map(p -> p.result().join().message()).toList();
		assertThat(written).extracting(ChatMessage::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(written).extracting(ChatMessage::senderRole).containsExactly(SenderRole.CUSTOMER, SenderRole.BOT,
				SenderRole.CUSTOMER, SenderRole.SYSTEM, SenderRole.BOT);
		assertThat(written).extracting(ChatMessage::timestamp).doesNotHaveDuplicates().isSorted();
		// The bot may answer the customer afterwards; the first five are these, as stored.
		assertThat(messages.after(chat.id(), 0, 5)).extracting(ChatMessage::id)
			.containsExactlyElementsOf(written.stream().map(ChatMessage::id).toList());
	}

	@Test
	void aNoteStoredWithItsChangeIsNumberedBetweenTheQueuedMessages() {
		var chat = open(ConversationStatus.QUEUED);
		var customer = customerOf(chat);

		var first = writer.submit(customer, chat.id(), said("Hello?", "c-1")).join();
		var note = writer.submit(Append.note(chat.id(), "Someone will be with you shortly.")).join();
		var closed = lifecycle.close(customer, chat.id().value());

		assertThat(List.of(first, note)).extracting(w -> w.message().seq()).containsExactly(1L, 2L);
		assertThat(closed.lastSeq()).isEqualTo(3);
		assertThat(messages.after(chat.id(), 2, 10)).singleElement()
			.satisfies(m -> assertThat(m.text()).isEqualTo("Meera ended the chat."));
		assertThat(writer.submit(customer, chat.id(), said("Wait!", "c-2"))).failsWithin(Duration.ofSeconds(5))
			.withThrowableThat().havingCause().isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.code()).isEqualTo("conversation-closed"));
		assertThat(conversations.findById(chat.id()).orElseThrow().lastSeq()).isEqualTo(3);
	}

	@Test
	void aBotReplyToAPromptAnsweredBeforeIsStoredAndDeliveredOnce() {
		var chat = open(ConversationStatus.BOT);
		try (var socket = SocketClient.authenticated(api, tokenOf(chat))) {
			var prompt = BotChannel.Prompt.opening(chat.id());

			assertThat(bot.reply(chat.id(), prompt, "Hello! How can I help?", List.of(QuickReply.of("Refunds"))))
				.isTrue();
			// The same prompt again, as after a crash before the bot's own commit: worded anew, posted never.
			assertThat(bot.reply(chat.id(), prompt, "Hi! What can I do for you?", List.of())).isTrue();

			var delivered = socket.drain("chat_message", Duration.ofSeconds(1));
			assertThat(delivered).singleElement().satisfies(frame -> {
				assertThat(frame.at("/payload/senderRole").asString()).isEqualTo("BOT");
				assertThat(frame.at("/payload/text").asString()).isEqualTo("Hello! How can I help?");
			});
			assertThat(messages.after(chat.id(), 0, 10)).singleElement()
				.satisfies(m -> assertThat(m.quickReplies()).containsExactly(QuickReply.of("Refunds")));
			assertThat(conversations.findById(chat.id()).orElseThrow().lastSeq()).isEqualTo(1);
		}
	}

	@Test
	void aSystemNoteWithAKeyIsStoredOnceThroughEitherDoor() {
		var chat = open(ConversationStatus.QUEUED);
		var note = new Append(chat.id(), new Append.Author.Support(),
				Append.Draft.note("Your refund is on its way.", "refund-" + UUID.randomUUID()), null);

		var stored = writer.submit(note).join();
		var queuedAgain = writer.submit(note).join();
		var joinedAgain = transactions.execute(tx -> {
			writer.lockForChange(chat.id()).orElseThrow();
			return writer.append(note);
		});

		assertThat(stored.replayed()).isFalse();
		assertThat(List.of(queuedAgain, joinedAgain)).allSatisfy(again -> {
			assertThat(again.replayed()).isTrue();
			assertThat(again.message().id()).isEqualTo(stored.message().id());
		});
		assertThat(messages.after(chat.id(), 0, 10)).hasSize(1);
	}

	@Test
	void aNoteReachesTheSocketsOnlyOnceItsTransactionCommits() {
		var chat = open(ConversationStatus.QUEUED);
		try (var socket = SocketClient.authenticated(api, tokenOf(chat))) {
			transactions.executeWithoutResult(tx -> {
				writer.lockForChange(chat.id()).orElseThrow();
				writer.append(Append.note(chat.id(), "Rolled back"));
				tx.setRollbackOnly();
			});
			transactions.executeWithoutResult(tx -> {
				writer.lockForChange(chat.id()).orElseThrow();
				writer.append(Append.note(chat.id(), "Committed"));
				assertThat(socket.drain("chat_message", Duration.ofMillis(500))).as("pushed before the commit")
					.isEmpty();
			});

			var pushed = socket.next("chat_message").get("payload");
			assertThat(pushed.get("text").asString()).isEqualTo("Committed");
			assertThat(pushed.get("seq").asLong()).as("the rolled-back note took no number").isEqualTo(1);
			assertThat(socket.drain("chat_message", Duration.ofMillis(500))).isEmpty();
		}
	}

	/** The writer would wait for the lock this transaction holds, and this transaction for the writer. */
	@Test
	void queueingForAConversationThisTransactionHoldsIsRefusedAtOnce() {
		var chat = open(ConversationStatus.BOT);

		transactions.executeWithoutResult(tx -> {
			writer.lockForChange(chat.id()).orElseThrow();
			assertThatIllegalStateException().isThrownBy(() -> writer.submit(fromTheBot(chat, "Too soon")));
		});
		assertThat(writer.submit(fromTheBot(chat, "After the commit")).join().message().seq()).isEqualTo(1);
	}

	/**
	 * A message queued while another transaction is closing the chat waits for that transaction's row
	 * lock and is then refused: it never lands in a closed chat.
	 */
	@Test
	void aMessageDecidedOnAChatThatClosedMeanwhileIsRefused() throws Exception {
		var chat = open(ConversationStatus.QUEUED);
		var customer = customerOf(chat);
		var closing = new CountDownLatch(1);
		var mayCommit = new CountDownLatch(1);
		var closer = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
			var locked = writer.lockForChange(chat.id()).orElseThrow();
			var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			conversations.updateState(new Conversation(locked.id(), locked.customerId(), locked.customerName(),
					ConversationStatus.CLOSED, null, null, null, null, null, null, locked.lastSeq(), locked.createdAt(), now,
					now, null, 0));
			closing.countDown();
			await(mayCommit);
		}));
		await(closing);

		var sent = writer.submit(customer, chat.id(), said("Still there?", "c-1"));
		// The writer now waits for the closing transaction's row lock.
		Thread.sleep(300);
		mayCommit.countDown();
		closer.get(10, TimeUnit.SECONDS);

		assertThat(sent).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.code()).isEqualTo("conversation-closed"));
		assertThat(messages.after(chat.id(), 0, 10)).isEmpty();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@Test
	void agentsWatchingTheBotsChatsSeeTheHandBackNote() {
		var agents = new AgentFixtures(api);
		var handing = agents.create("Handing Agent", "AGENT");
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Meera");
		customers.add(customer);
		var chat = agents.directChat(customer, handing);
		try (var watcher = SocketClient.authenticated(api, agents.token(agents.create("Watching Agent", "AGENT")));
				var agent = SocketClient.authenticated(api, agents.token(handing));
				var customerSocket = SocketClient.authenticated(api, customer)) {

			assertThat(api.post("/api/chat/" + chat + "/hand-back", agents.token(handing), Map.of()).status())
				.isEqualTo(200);

			var watched = watcher.next(f -> "bot_chat_activity".equals(f.path("type").asString())
					&& chat.equals(f.at("/payload/chatId").asString()) && isHandBack(f.at("/payload/message")),
					"the hand-back note, watched");
			assertThat(watched.at("/payload/status").asString()).isEqualTo("BOT");
			assertThat(watched.at("/payload/message/senderRole").asString()).isEqualTo("SYSTEM");
			for (var participant : List.of(agent, customerSocket)) {
				participant.next(f -> "chat_message".equals(f.path("type").asString()) && isHandBack(f.get("payload")),
						"the hand-back note");
			}
		}
	}

	private static boolean isHandBack(JsonNode message) {
		return message.path("text").asString().contains("handed the chat back");
	}

	/** A conversation stored as it is (no greeting, no routing), for a customer of its own. */
	private Conversation open(ConversationStatus status) {
		var customerId = "cust-" + UUID.randomUUID();
		customers.add(api.customerToken(customerId, "Meera"));
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var conversation = new Conversation(ConversationId.generate(), customerId, "Meera", status, null, null, null,
				null, null, null, 0, now, now, null, null, 0);
		assertThat(conversations.insert(conversation)).isTrue();
		return conversation;
	}

	private String tokenOf(Conversation chat) {
		return api.customerToken(chat.customerId(), "Meera");
	}

	private static Caller customerOf(Conversation chat) {
		return new Caller.Customer(chat.customerId(), "Meera");
	}

	private static Append.Draft said(String text, String clientMessageId) {
		return new Append.Draft(MessageType.TEXT, SensitiveData.mask(text), null, clientMessageId);
	}

	/** A bot reply, keyed as if it answered a prompt of its own. */
	private static Append fromTheBot(Conversation chat, String text) {
		return new Append(chat.id(), new Append.Author.Bot(), new Append.Draft(MessageType.TEXT,
				SensitiveData.mask(text), null, "re:" + UUID.randomUUID(), null, List.of()), null);
	}

	private static GroupCommit.Pending pending(Append append) {
		return new GroupCommit.Pending(append, new CompletableFuture<>());
	}
}
