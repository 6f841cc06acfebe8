package app.zetpay.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receiving side's book: what was sent, what came back on which socket, and everything that
 * must not happen (a loss, a duplicate, a seq going backwards, an error frame, a dropped socket).
 * Messages are matched by their {@code clientMessageId}, which the server echoes in both the ack
 * and the delivered {@code chat_message}, so the text stays free for realistic content.
 */
final class Ledger implements ChatSocket.Frames {

	private static final int EXAMPLES = 10;

	private final JsonMapper json;
	private final ConcurrentHashMap<String, Outgoing> outgoing = new ConcurrentHashMap<>();
	private final Latencies deliveryLatency;
	private final Latencies ackLatency;
	private final AtomicLong acked = new AtomicLong();
	private final AtomicLong delivered = new AtomicLong();
	private final LongAccumulator lastAckAt = new LongAccumulator(Math::max, Long.MIN_VALUE);
	private final LongAccumulator lastDeliveryAt = new LongAccumulator(Math::max, Long.MIN_VALUE);
	private final AtomicLong lastFrameAt = new AtomicLong(System.nanoTime());
	private final Counters counters = new Counters();
	private final ConcurrentHashMap<String, AtomicLong> errorCodes = new ConcurrentHashMap<>();
	private final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
	private final AtomicInteger exampleCount = new AtomicInteger();
	private volatile Consumer<Outgoing> onSettled = o -> {
	};

	Ledger(JsonMapper json, int measuredMessages) {
		this.json = json;
		this.deliveryLatency = new Latencies(measuredMessages);
		this.ackLatency = new Latencies(measuredMessages);
	}

	/** What must stay zero, and what only informs (echoes, system messages). */
	static final class Counters {

		final AtomicLong duplicates = new AtomicLong();
		final AtomicLong outOfOrder = new AtomicLong();
		final AtomicLong errorFrames = new AtomicLong();
		final AtomicLong sendFailures = new AtomicLong();
		final AtomicLong socketsDropped = new AtomicLong();
		final AtomicLong replayed = new AtomicLong();
		final AtomicLong misrouted = new AtomicLong();
		final AtomicLong unknown = new AtomicLong();
		final AtomicLong echoes = new AtomicLong();
		final AtomicLong systemMessages = new AtomicLong();
	}

	void onSettled(Consumer<Outgoing> listener) {
		this.onSettled = listener;
	}

	/** Called just before the frame goes out, so even an instant ack finds its message. */
	void sending(Outgoing message) {
		outgoing.put(message.clientMessageId, message);
	}

	long lastFrameAt() {
		return lastFrameAt.get();
	}

	// ---- Frames from the sockets ---------------------------------------------------------------------

	@Override
	public void received(ChatSocket socket, JsonNode frame, long receivedAt) {
		lastFrameAt.accumulateAndGet(receivedAt, Math::max);
		var payload = frame.path("payload");
		switch (frame.path("type").asString()) {
			case "message_ack" -> ack(socket, payload, receivedAt);
			case "chat_message" -> chatMessage(socket, payload, receivedAt);
			case "error" -> error(socket, payload);
			default -> {
				// pong, conversation_updated, typing, message_read: not what this bench measures.
			}
		}
	}

	private void ack(ChatSocket socket, JsonNode payload, long at) {
		var message = outgoing.get(payload.path("clientMessageId").asString(""));
		if (message == null || message.sender() != socket) {
			problem(counters.unknown, socket.label() + " got an ack it did not ask for: " + payload);
			return;
		}
		if (payload.path("replayed").asBoolean(false)) {
			// A fresh clientMessageId must never be taken for a retry.
			problem(counters.replayed, socket.label() + " got a replayed ack for a first send: " + payload);
		}
		if (message.phase == Phase.MEASURE) {
			acked.incrementAndGet();
			ackLatency.add(message.sentAt, at - message.sentAt);
			lastAckAt.accumulate(at);
		}
		if (message.acked(at)) {
			onSettled.accept(message);
		}
	}

	private void chatMessage(ChatSocket socket, JsonNode payload, long at) {
		var chatId = payload.path("chatId").asString("");
		var messageId = payload.path("id").asString("");
		switch (socket.arrived(chatId, messageId, payload.path("seq").asLong(-1))) {
			case DUPLICATE -> {
				problem(counters.duplicates, socket.label() + " got message " + messageId + " twice");
				return;
			}
			case OUT_OF_ORDER -> problem(counters.outOfOrder, socket.label() + " got seq "
					+ payload.path("seq").asLong() + " of " + chatId + " after a higher one");
			case IN_ORDER -> {
			}
		}
		if (payload.path("senderId").asString("").equals(socket.userId())) {
			counters.echoes.incrementAndGet(); // The server sends a message to its sender's sockets too.
			return;
		}
		var clientMessageId = payload.path("clientMessageId").asString("");
		if (clientMessageId.isEmpty()) {
			// A system note (masking that mistook bench text for a secret, an agent leaving …): checked for
			// order like any message, but not the bench's, so only counted and shown.
			problem(counters.systemMessages,
					socket.label() + " got a system message: " + payload.path("text").asString(""));
			return;
		}
		var message = outgoing.get(clientMessageId);
		if (message == null) {
			problem(counters.unknown, socket.label() + " got a message the bench did not send: " + clientMessageId);
			return;
		}
		if (message.receiver() != socket) {
			problem(counters.misrouted, clientMessageId + " reached " + socket.label() + " instead of "
					+ message.receiver().label());
			return;
		}
		if (message.phase == Phase.MEASURE) {
			delivered.incrementAndGet();
			deliveryLatency.add(message.sentAt, at - message.sentAt);
			lastDeliveryAt.accumulate(at);
		}
		if (message.delivered(at)) {
			onSettled.accept(message);
		}
	}

	private void error(ChatSocket socket, JsonNode payload) {
		problem(counters.errorFrames, socket.label() + " got an error frame: " + payload);
		errorCodes.computeIfAbsent(payload.path("code").asString("?"), code -> new AtomicLong()).incrementAndGet();
		var message = outgoing.get(payload.path("clientMessageId").asString(""));
		if (message != null && message.failed()) {
			onSettled.accept(message);
		}
	}

	@Override
	public void sendFailed(ChatSocket socket, String frame, Throwable cause) {
		problem(counters.sendFailures, socket.label() + " could not send: " + cause);
		var clientMessageId = json.readTree(frame).path("payload").path("clientMessageId").asString("");
		var message = outgoing.get(clientMessageId);
		if (message != null && message.failed()) {
			onSettled.accept(message);
		}
	}

	@Override
	public void closed(ChatSocket socket, String reason) {
		problem(counters.socketsDropped, socket.label() + " was closed by the server: " + reason);
	}

	private void problem(AtomicLong counter, String example) {
		counter.incrementAndGet();
		if (exampleCount.getAndIncrement() < EXAMPLES) {
			examples.add(example);
		}
	}

	// ---- The verdict ---------------------------------------------------------------------------------

	/** Counts and figures once the run has gone quiet; {@code sockets} are all sockets of the run. */
	Tally tally(long measureStart, Collection<ChatSocket> sockets) {
		var lostExamples = new ArrayList<String>();
		long lost = 0;
		long unacked = 0;
		long failed = 0;
		long sent = 0;
		for (var message : outgoing.values()) {
			if (message.phase == Phase.MEASURE) {
				sent++;
			}
			if (message.isFailed()) {
				failed++;
			}
			else if (message.isAcked() && !message.isDelivered()) {
				lost++;
				note(lostExamples, message.clientMessageId + " (" + message.conversation.chatId() + ") acked but never "
						+ "reached " + message.receiver().label());
			}
			else if (!message.isAcked()) {
				unacked++;
				note(lostExamples, message.clientMessageId + " sent by " + message.sender().label() + " never acked");
			}
		}
		long missing = sockets.stream().mapToLong(ChatSocket::missingSeqs).sum();
		var c = counters;
		return new Tally(sent, acked.get(), delivered.get(), seconds(measureStart, lastAckAt.get()),
				seconds(measureStart, lastDeliveryAt.get()), ackLatency.summarize(), deliveryLatency.summarize(),
				lost, unacked, failed, c.duplicates.get(), c.outOfOrder.get(), missing, c.errorFrames.get(),
				c.sendFailures.get(), c.socketsDropped.get(), c.replayed.get(), c.misrouted.get(), c.unknown.get(),
				c.systemMessages.get(), c.echoes.get(), errorCodes(), List.copyOf(new ArrayList<>(examples)),
				Math.max(0, exampleCount.get() - EXAMPLES), List.copyOf(lostExamples));
	}

	private Map<String, Long> errorCodes() {
		var codes = new TreeMap<String, Long>();
		errorCodes.forEach((code, count) -> codes.put(code, count.get()));
		return codes;
	}

	private static void note(List<String> examples, String example) {
		if (examples.size() < EXAMPLES) {
			examples.add(example);
		}
	}

	private static double seconds(long from, long to) {
		return to == Long.MIN_VALUE ? 0 : (to - from) / 1e9;
	}

	/**
	 * The counts of a run. Throughput windows run from the first measured send to the last ack, and
	 * to the last delivery. Counts of failures cover warm-up and measured messages alike.
	 */
	record Tally(long sent, long acked, long delivered, double ackWindowSeconds, double deliveryWindowSeconds,
			Latencies.Summary ackLatency, Latencies.Summary deliveryLatency, long lost, long unacked, long failed,
			long duplicates, long outOfOrder, long missingSeqs, long errorFrames, long sendFailures,
			long socketsDropped, long replayed, long misrouted, long unknown, long systemMessages, long echoes,
			Map<String, Long> errorCodes, List<String> examples, long moreProblems, List<String> lostExamples) {

		double persistedPerSecond() {
			return ackWindowSeconds <= 0 ? 0 : acked / ackWindowSeconds;
		}

		double deliveredPerSecond() {
			return deliveryWindowSeconds <= 0 ? 0 : delivered / deliveryWindowSeconds;
		}

		/** Everything that must be zero for the run to pass. */
		long violations() {
			return lost + unacked + failed + duplicates + outOfOrder + missingSeqs + errorFrames + sendFailures
					+ socketsDropped + replayed + misrouted + unknown;
		}
	}
}
