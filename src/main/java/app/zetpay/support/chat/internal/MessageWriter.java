package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.CustomerWroteToBot;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.ShutdownPhases;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Group commit for chat messages. Senders (socket and REST threads) hand their message to a writer
 * and wait; each writer takes whatever has queued up — one message when idle, hundreds under load
 * — and stores it in one transaction: the conversations locked in id order, idempotency checked
 * with one query, the messages inserted as one JDBC batch, the sequence counters advanced as
 * another. Only after commit are the senders answered and the frames published. A conversation
 * always goes to the same writer, so its messages keep their arrival order.
 */
@Component
class MessageWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MessageWriter.class);
	private static final int MAX_BATCH = 256;
	private static final int QUEUE_CAPACITY = 20_000;
	/** How long stopping may take to store what is queued; part of the node's 20 s shutdown budget. */
	static final Duration STOP_TIMEOUT = Duration.ofSeconds(4);

	private final Conversations conversations;
	private final Messages messages;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Fanout fanout;
	private final Clock clock;
	private final List<BlockingQueue<Pending>> queues;
	private final Timer batchTimer;
	private final DistributionSummary batchSizes;
	private final List<Thread> threads = new ArrayList<>();
	/** Whether {@link #submit} takes new messages; false from the moment the node starts stopping. */
	private volatile boolean accepting;
	/** Whether the writer threads wait for more; once false they leave as soon as their queue is empty. */
	private volatile boolean running;

	MessageWriter(Conversations conversations, Messages messages, TransactionTemplate transactions,
			ApplicationEventPublisher events, Fanout fanout, ChatProperties properties, MeterRegistry meters,
			Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.transactions = transactions;
		this.events = events;
		this.fanout = fanout;
		this.clock = clock;
		this.queues = new ArrayList<>();
		for (int i = 0; i < properties.writers(); i++) {
			queues.add(new ArrayBlockingQueue<>(QUEUE_CAPACITY));
		}
		this.batchTimer = Timer.builder("support.chat.write.batch").description("Time to store one batch of messages")
				.register(meters);
		this.batchSizes = DistributionSummary.builder("support.chat.write.batch.size")
				.description("Messages per group commit").register(meters);
	}

	/**
	 * A message ready to store: already validated, masked and rate-limited by the caller. The
	 * receiver is not the sender's to choose: it is the conversation's other side when the message is
	 * stored; a {@code receiverId} the client named is only checked against it.
	 */
	record Draft(MessageType type, SensitiveData.@Nullable Masked text, @Nullable String imageUrl,
			@Nullable String clientMessageId, @Nullable String receiverId) {

		Draft(MessageType type, SensitiveData.@Nullable Masked text, @Nullable String imageUrl,
				@Nullable String clientMessageId) {
			this(type, text, imageUrl, clientMessageId, null);
		}
	}

	/** What a sender gets back: the stored message, and whether it had been stored before. */
	record Written(ChatMessage message, boolean replayed) {
	}

	private record Pending(Caller caller, ConversationId chatId, Draft draft, CompletableFuture<Written> result) {
	}

	CompletableFuture<Written> submit(Caller caller, ConversationId chatId, Draft draft) {
		var pending = new Pending(caller, chatId, draft, new CompletableFuture<>());
		if (!accepting) {
			pending.result().completeExceptionally(unavailable());
			return pending.result();
		}
		var queue = queues.get(Math.floorMod(chatId.hashCode(), queues.size()));
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

	// ---- The writer loop ---------------------------------------------------------------------------

	private void run(BlockingQueue<Pending> queue) {
		var batch = new ArrayList<Pending>(MAX_BATCH);
		while (running || !queue.isEmpty()) {
			try {
				var first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				write(batch);
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

	private void write(List<Pending> batch) {
		var outcome = new Outcome();
		try {
			batchTimer.record(() -> transactions.executeWithoutResult(tx -> store(batch, outcome)));
			batchSizes.record(batch.size());
		}
		catch (RuntimeException e) {
			if (batch.size() == 1) {
				batch.getFirst().result().completeExceptionally(e);
				return;
			}
			// One bad message must not fail its neighbours: store each on its own.
			log.warn("A batch of {} messages failed ({}); storing them one by one", batch.size(), e.toString());
			batch.forEach(p -> write(List.of(p)));
			return;
		}
		// Committed: now, and only now, the world may hear of it.
		outcome.replies.forEach((pending, written) -> pending.result().complete(written));
		outcome.refusals.forEach((pending, problem) -> pending.result().completeExceptionally(problem));
		outcome.deliveries.forEach(delivery -> fanout.publish(delivery.recipients(), ServerFrame.CHAT_MESSAGE,
				ChatMessageView.of(delivery.message(), false)));
	}

	private void store(List<Pending> batch, Outcome outcome) {
		var chatIds = batch.stream().map(Pending::chatId).distinct().toList();
		var locked = new HashMap<ConversationId, Conversation>();
		conversations.lockAll(chatIds).forEach(c -> locked.put(c.id(), c));
		var earlier = earlierMessages(batch);
		var advances = new LinkedHashMap<ConversationId, Conversations.Advance>();
		var inserts = new ArrayList<ChatMessage>();
		for (var pending : batch) {
			var conversation = locked.get(pending.chatId());
			var problem = refusal(pending.caller(), conversation);
			if (problem != null) {
				outcome.refusals.put(pending, problem);
				continue;
			}
			var clientId = pending.draft().clientMessageId();
			var key = clientId == null ? null : pending.caller().id() + "\u0000" + clientId;
			if (key != null && earlier.containsKey(key)) {
				var previous = earlier.get(key);
				if (previous.chatId().equals(pending.chatId())) {
					outcome.replies.put(pending, new Written(previous, true));
				}
				else {
					outcome.refusals.put(pending, ProblemException.conflict("client-message-id-reused",
							"This clientMessageId was already used for a message in another chat."));
				}
				continue;
			}
			var counterpart = conversation.counterpartOf(pending.caller().id());
			if (pending.draft().receiverId() != null && !pending.draft().receiverId().equals(counterpart)) {
				outcome.refusals.put(pending, new InvalidFieldException("receiverId",
						"must be the other side of this chat (" + counterpart + "), or left out"));
				continue;
			}
			var advance = advances.getOrDefault(conversation.id(), new Conversations.Advance(conversation.id(),
					conversation.lastSeq(), conversation.updatedAt()));
			var seq = advance.lastSeq();
			var at = Timeline.next(clock, advance.at());
			var draft = pending.draft();
			var message = new ChatMessage(Timeline.newMessageId(), conversation.id(), ++seq, pending.caller().id(),
					pending.caller().displayName(), roleOf(pending.caller()),
					counterpart, draft.type(),
					draft.text() == null ? null : draft.text().text(), draft.imageUrl(), at, clientId);
			inserts.add(message);
			outcome.deliveries.add(new MessagePosted(message, conversation.recipients(), conversation.status()));
			if (conversation.status() == ConversationStatus.BOT && message.senderRole() == SenderRole.CUSTOMER) {
				outcome.forTheBot.add(new CustomerWroteToBot(message));
			}
			if (draft.text() != null && draft.text().changed()) {
				at = at.plus(1, ChronoUnit.MICROS);
				var note = Timeline.system(conversation.id(), ++seq, SensitiveData.explanation(draft.text().found()), at);
				inserts.add(note);
				outcome.deliveries.add(new MessagePosted(note, conversation.recipients(), conversation.status()));
			}
			advances.put(conversation.id(), new Conversations.Advance(conversation.id(), seq, at));
			outcome.replies.put(pending, new Written(message, false));
			if (key != null) {
				earlier.put(key, message);
			}
		}
		messages.insertAll(inserts);
		conversations.advanceAll(advances.values());
		outcome.deliveries.forEach(events::publishEvent);
		outcome.forTheBot.forEach(events::publishEvent);
	}

	private Map<String, ChatMessage> earlierMessages(List<Pending> batch) {
		var keys = batch.stream().filter(p -> p.draft().clientMessageId() != null)
				.map(p -> new Messages.ClientKey(p.caller().id(), p.draft().clientMessageId())).distinct().toList();
		var found = new HashMap<String, ChatMessage>();
		for (var message : messages.findByClientKeys(keys)) {
			found.put(message.senderId() + "\u0000" + message.clientMessageId(), message);
		}
		return found;
	}

	private static @Nullable ProblemException refusal(Caller caller, @Nullable Conversation conversation) {
		if (conversation == null || !conversation.isVisibleTo(caller)) {
			return ProblemException.notFound("Chat");
		}
		if (!conversation.isWritableBy(caller)) {
			return new ProblemException(HttpStatus.FORBIDDEN, "not-your-conversation",
					"Pick this conversation from the queue before writing to it.");
		}
		if (!conversation.status().isOpen()) {
			return ProblemException.conflict("conversation-closed", "This conversation has ended; start a new one.");
		}
		return null;
	}

	private static SenderRole roleOf(Caller caller) {
		return caller instanceof Caller.Staff ? SenderRole.AGENT : SenderRole.CUSTOMER;
	}

	private static ProblemException unavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "busy",
				"We are receiving too many messages right now. Retry in a moment.");
	}

	/** What a batch decided, acted on only after it committed. */
	private static final class Outcome {

		final Map<Pending, Written> replies = new LinkedHashMap<>();
		final Map<Pending, ProblemException> refusals = new LinkedHashMap<>();
		final List<MessagePosted> deliveries = new ArrayList<>();
		final List<CustomerWroteToBot> forTheBot = new ArrayList<>();
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
		var left = new ArrayList<Pending>();
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
			write(left.subList(from, Math.min(left.size(), from + MAX_BATCH)));
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
