package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.language.Language;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * The message path locks the conversation's row for the length of its batch. Rows of other tables
 * that point at the conversation (its language, read marks, facts) are written meanwhile, and must
 * not wait for that lock: PostgreSQL's foreign-key check takes {@code FOR KEY SHARE}, which a plain
 * {@code FOR UPDATE} shuts out, so every such write queued behind the batch and the batch behind it.
 */
@IntegrationTest
class ConversationRowLockTests {

	@Autowired
	Conversations conversations;

	@Autowired
	ConversationLanguages languages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	Api api;

	String customerToken;

	@AfterEach
	void closeTheChat() {
		if (customerToken != null) {
			api.closeChatsOf(customerToken);
		}
	}

	@Test
	void aRowPointingAtAConversationIsWrittenWhileTheMessagePathHoldsItsLock() throws Exception {
		var id = open();
		var otherWriteDone = new CountDownLatch(1);
		var writtenUnderLock = new AtomicBoolean();

		// Held until the other write is done, or long enough to show that it waited.
		var holder = holdingTheLock(id, () -> writtenUnderLock.set(otherWriteDone.await(5, TimeUnit.SECONDS)));
		languages.detected(id, Language.HINGLISH, clock.instant());
		otherWriteDone.countDown();
		holder.get(10, TimeUnit.SECONDS);

		assertThat(writtenUnderLock).as("written while the lock was held, not after it").isTrue();
		assertThat(languages.of(id).detected()).isEqualTo(Language.HINGLISH);
	}

	@Test
	void aSecondLockOfTheSameConversationWaitsUntilTheFirstTransactionEnds() throws Exception {
		var id = open();
		var releasing = new AtomicBoolean();

		var holder = holdingTheLock(id, () -> {
			Thread.sleep(300);
			releasing.set(true);
		});
		var sawHolderDone = transactions.execute(tx -> {
			assertThat(conversations.lockForAppend(id)).isPresent();
			return releasing.get();
		});
		holder.get(10, TimeUnit.SECONDS);

		assertThat(sawHolderDone).as("locked only once the first transaction was ending").isTrue();
	}

	interface WhileHeld {
		void run() throws InterruptedException;
	}

	/** Locks the conversation as the message path does, in a transaction of its own, and returns once it holds the lock. */
	private CompletableFuture<Void> holdingTheLock(ConversationId id, WhileHeld whileHeld) throws InterruptedException {
		var locked = new CountDownLatch(1);
		var holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
			assertThat(conversations.lockAll(List.of(id))).hasSize(1);
			locked.countDown();
			try {
				whileHeld.run();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(locked.await(5, TimeUnit.SECONDS)).isTrue();
		return holder;
	}

	private ConversationId open() {
		var customerId = "cust-" + java.util.UUID.randomUUID();
		customerToken = api.customerToken(customerId, "Meera");
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var conversation = new Conversation(ConversationId.generate(), customerId, "Meera", ConversationStatus.QUEUED,
				null, null, null, null, null, null, 0, now, now, null, null, 0);
		assertThat(conversations.insert(conversation)).isTrue();
		return conversation.id();
	}

}
