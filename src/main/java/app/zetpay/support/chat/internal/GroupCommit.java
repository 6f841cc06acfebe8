package app.zetpay.support.chat.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.AfterCommit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The transactions around the {@link Appender}, and what happens after they commit: a writer's
 * queued batch is stored in a transaction of its own, then its senders are answered and its frames
 * pushed; a note that is part of a caller's change joins the caller's transaction, and its frames
 * are pushed if and when that commits.
 */
@Component
class GroupCommit {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
	/** Where a transaction keeps the conversations it appended to (and so holds locked). */
	private static final Object HELD = new Object();

	private final Appender appender;
	private final Conversations conversations;
	private final Deliveries deliveries;
	private final TransactionTemplate transactions;
	private final Timer batchTimer;
	private final DistributionSummary batchSizes;

	GroupCommit(Appender appender, Conversations conversations, Deliveries deliveries,
			TransactionTemplate transactions, MeterRegistry meters) {
		this.appender = appender;
		this.conversations = conversations;
		this.deliveries = deliveries;
		this.transactions = transactions;
		this.batchTimer = Timer.builder("support.chat.write.batch").description("Time to store one batch of messages")
			.register(meters);
		this.batchSizes = DistributionSummary.builder("support.chat.write.batch.size")
			.description("Messages per group commit").register(meters);
	}

	/** A queued message and its sender, who waits for the commit. */
	record Pending(Append append, CompletableFuture<Appender.Written> result) {
	}

	/** Stores a batch in one transaction; then, and only then, the world may hear of it. */
	void commit(List<Pending> batch) {
		Appender.Outcome outcome;
		try {
			outcome = batchTimer.record(() -> transactions
				.execute(tx -> appender.store(batch.stream().map(Pending::append).toList())));
			batchSizes.record(batch.size());
		}
		catch (RuntimeException e) {
			if (batch.size() == 1) {
				batch.getFirst().result().completeExceptionally(e);
				return;
			}
			// One bad message must not fail its neighbours: store each on its own.
			log.warn("A batch of {} messages failed ({}); storing them one by one", batch.size(), e.toString());
			batch.forEach(p -> commit(List.of(p)));
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			switch (outcome.results().get(i)) {
				case Appender.Written written -> batch.get(i).result().complete(written);
				case Appender.Refused(var problem) -> batch.get(i).result().completeExceptionally(problem);
			}
		}
		deliveries.publish(outcome);
	}

	/** Stores a private note in a transaction of its own; staff hear of it once that commits. */
	Appender.NoteWritten note(Caller.Staff author, ConversationId chatId, Note.Draft draft) {
		var written = transactions.execute(tx -> appender.note(author, chatId, draft));
		if (!written.replayed()) {
			deliveries.publish(written);
		}
		return written;
	}

	/** Locks the conversation until the caller's transaction ends, to decide a change and {@link #join} its note. */
	Optional<Conversation> lock(ConversationId chatId) {
		inTransaction();
		var locked = conversations.lockForAppend(chatId);
		locked.ifPresent(c -> holding(chatId));
		return locked;
	}

	/**
	 * Stores one message in the caller's transaction, so a note and the change it records commit
	 * together or not at all; its frames are pushed after that commit, never if it rolls back.
	 */
	Appender.Written join(Append append) {
		inTransaction();
		var outcome = appender.store(List.of(append));
		var result = outcome.results().getFirst();
		if (result instanceof Appender.Refused(var problem)) {
			throw problem;
		}
		holding(append.chatId());
		AfterCommit.run(() -> deliveries.publish(outcome));
		return (Appender.Written) result;
	}

	private static void inTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A change to a conversation is made in the caller's transaction");
		}
	}

	/**
	 * Whether the current transaction locked or appended to this conversation, and so holds its row
	 * lock until it ends: a writer thread would wait for that lock while this thread waits for it.
	 */
	static boolean holdsLock(ConversationId chatId) {
		return TransactionSynchronizationManager.getResource(HELD) instanceof Set<?> held && held.contains(chatId);
	}

	@SuppressWarnings("unchecked")
	private static void holding(ConversationId chatId) {
		if (!(TransactionSynchronizationManager.getResource(HELD) instanceof Set<?>)) {
			TransactionSynchronizationManager.bindResource(HELD, new HashSet<ConversationId>());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
				}
			});
		}
		((Set<ConversationId>) TransactionSynchronizationManager.getResource(HELD)).add(chatId);
	}
}
