package app.zetpay.support.chat.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.ShutdownPhases;

/**
 * The one way a message gets into a conversation, whoever writes it: customers, agents, the bot and
 * the product's own notes all go through the {@link Appender}, so numbering, idempotency and
 * delivery after commit are decided in one place. Two doors lead there:
 * <ul>
 * <li>{@link #submit}: the group commit. Senders (socket and REST threads, the bot) hand their
 * message to a writer and wait; each writer takes whatever has queued up (one message when idle,
 * hundreds under load) and stores it in one transaction. Only after commit are the senders answered
 * and the frames published. A conversation always goes to the same writer, so its messages keep
 * their arrival order.
 * <li>{@link #append}: a note that records a change of the conversation's state (assigned,
 * requeued, handed over or back, ended) is stored in the transaction that makes the change, which
 * holds the conversation's row lock: handing it to a writer that needs the same lock would wait for
 * ever, and committing the two apart could leave a change without its note.
 * </ul>
 * The row lock orders both doors, so a conversation's numbering has no gaps and no repeats.
 */
@Component
class MessageWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MessageWriter.class);
	private static final int MAX_BATCH = 256;
	private static final int QUEUE_CAPACITY = 20_000;
	/** How long stopping may take to store what is queued; part of the node's 20 s shutdown budget. */
	static final Duration STOP_TIMEOUT = Duration.ofSeconds(4);

	private final GroupCommit groupCommit;
	private final long lingerNanos;
	private final List<BlockingQueue<GroupCommit.Pending>> queues;
	private final List<Thread> threads = new ArrayList<>();
	/** Whether {@link #submit} takes new messages; false from the moment the node starts stopping. */
	private volatile boolean accepting;
	/** Whether the writer threads wait for more; once false they leave as soon as their queue is empty. */
	private volatile boolean running;

	@Autowired
	MessageWriter(GroupCommit groupCommit, ChatProperties properties) {
		this(groupCommit, properties.writers(), properties.writeLinger());
	}

	MessageWriter(GroupCommit groupCommit, int writers, Duration linger) {
		this.groupCommit = groupCommit;
		this.lingerNanos = linger.toNanos();
		this.queues = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			queues.add(new ArrayBlockingQueue<>(QUEUE_CAPACITY));
		}
	}

	/** A participant's message, already validated, masked and rate-limited by the caller. */
	CompletableFuture<Appender.Written> submit(Caller caller, ConversationId chatId, Append.Draft draft) {
		return submit(Append.of(caller, chatId, draft));
	}

	/**
	 * Queues the message for the next group commit. Not from a transaction that has appended to the
	 * same conversation: it holds the lock the writer needs, so both would wait for each other.
	 */
	CompletableFuture<Appender.Written> submit(Append append) {
		if (GroupCommit.holdsLock(append.chatId())) {
			throw new IllegalStateException("This transaction holds " + append.chatId().value()
					+ " locked: append in it, or submit after it commits");
		}
		var pending = new GroupCommit.Pending(append, new CompletableFuture<>());
		if (!accepting) {
			pending.result().completeExceptionally(unavailable());
			return pending.result();
		}
		var queue = queues.get(Math.floorMod(append.chatId().hashCode(), queues.size()));
		if (!queue.offer(pending)) {
			// Back-pressure: the database cannot keep up, so say so instead of queueing without bound.
			pending.result().completeExceptionally(unavailable());
		}
		else if (!accepting && queue.remove(pending)) {
			// The writer stopped while this sender was between the check and the offer: the threads may
			// have left already, so take the message back rather than leave its sender waiting. (If it
			// is gone from the queue, a writer thread or stop() has it and will answer.)
			pending.result().completeExceptionally(unavailable());
		}
		return pending.result();
	}

	/**
	 * Stores a private note, in a transaction of its own (notes are rare: no group commit), under
	 * the same row lock as the conversation's messages.
	 */
	Appender.NoteWritten note(Caller.Staff author, ConversationId chatId, Note.Draft draft) {
		if (GroupCommit.holdsLock(chatId)) {
			throw new IllegalStateException("This transaction holds " + chatId.value() + " locked");
		}
		return groupCommit.note(author, chatId, draft);
	}

	/**
	 * Locks the conversation in the caller's transaction, which then decides a change from its state
	 * and records it with {@link #append}; empty when there is no such conversation.
	 */
	Optional<Conversation> lockForChange(ConversationId chatId) {
		return groupCommit.lock(chatId);
	}

	/**
	 * Stores the message in the caller's transaction, whose frames go out once it commits: for the
	 * note that goes with a change the caller makes under {@link #lockForChange}. Refusals are thrown.
	 */
	Appender.Written append(Append append) {
		return groupCommit.join(append);
	}

	// ---- The writer loop ---------------------------------------------------------------------------

	private void run(BlockingQueue<GroupCommit.Pending> queue) {
		var batch = new ArrayList<GroupCommit.Pending>(MAX_BATCH);
		var previousStart = System.nanoTime() - Duration.ofDays(1).toNanos();
		while (running || !queue.isEmpty()) {
			try {
				var first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				var started = System.nanoTime();
				linger(queue, batch, previousStart);
				previousStart = started;
				groupCommit.commit(batch);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.error("Chat writer failed on a batch of {}", batch.size(), e);
				batch.forEach(p -> p.result().completeExceptionally(e));
			}
			finally {
				batch.clear();
			}
		}
	}

	/**
	 * Waits up to the linger for more messages, so a commit's fixed cost is shared by more of them
	 * (issue 18), while messages keep coming (a batch began within ten lingers), not after a lull.
	 */
	private void linger(BlockingQueue<GroupCommit.Pending> queue, List<GroupCommit.Pending> batch, long previousStart)
			throws InterruptedException {
		var deadline = System.nanoTime() + lingerNanos;
		long left;
		while (deadline - previousStart <= 11 * lingerNanos && batch.size() < MAX_BATCH && running
				&& (left = deadline - System.nanoTime()) > 0) {
			var next = queue.poll(left, TimeUnit.NANOSECONDS);
			if (next == null) {
				return;
			}
			batch.add(next);
			queue.drainTo(batch, MAX_BATCH - batch.size());
		}
	}

	private static ProblemException unavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "busy",
				"We are receiving too many messages right now. Retry in a moment.");
	}

	// ---- Lifecycle ---------------------------------------------------------------------------------

	@Override
	public void start() {
		accepting = true;
		running = true;
		for (int i = 0; i < queues.size(); i++) {
			var queue = queues.get(i);
			threads.add(Thread.ofPlatform().daemon().name("chat-writer-" + i).start(() -> run(queue)));
		}
	}

	/**
	 * Stores everything already accepted, then stops. Called once the sockets are closed and HTTP
	 * requests have finished (see {@link ShutdownPhases}), so nothing new should arrive; whatever
	 * still does is refused with 503 and its sender retries elsewhere.
	 */
	@Override
	public void stop() {
		var started = System.nanoTime();
		var deadline = started + STOP_TIMEOUT.toNanos();
		var queued = queues.stream().mapToInt(BlockingQueue::size).sum();
		accepting = false;
		// The threads empty their queues and leave; a sender racing this takes its message back (submit).
		running = false;
		for (var thread : threads) {
			try {
				thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		var unfinished = threads.stream().filter(Thread::isAlive).count();
		threads.clear();
		var left = new ArrayList<GroupCommit.Pending>();
		queues.forEach(queue -> queue.drainTo(left));
		if (unfinished > 0) {
			// Too slow (the database?) within the node's budget: the senders must hear, not hang.
			log.warn("Chat writer stopped with {} threads still writing and {} messages not stored", unfinished,
					left.size());
			left.forEach(p -> p.result().completeExceptionally(unavailable()));
			return;
		}
		// Offered just as the threads left (or left by an interrupted thread): stored here.
		for (int from = 0; from < left.size(); from += MAX_BATCH) {
			groupCommit.commit(left.subList(from, Math.min(left.size(), from + MAX_BATCH)));
		}
		log.info("Chat writer stopped: {} messages were queued, all written in {} ms", queued,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return ShutdownPhases.MESSAGE_WRITER;
	}
}
