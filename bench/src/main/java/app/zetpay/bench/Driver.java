package app.zetpay.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the messages of one phase. Each conversation holds {@code window} slots; a slot is a token
 * in the ready queue, taken to send a message and put back when that message settles (acked and
 * delivered, or failed). The pacer takes tokens in turn and, with a target rate, waits until each
 * send is due, and holds a slot back while its sender is at the server's send limit. So the load
 * is closed-loop per conversation (at most {@code window} in flight) and open-loop across them, and
 * the phase always ends: when every message settled, when messages are in flight but nothing
 * happened for the grace period, or after the time limit once what is in flight has settled.
 */
final class Driver {

	private static final String FILLER = " The payment of INR five hundred shows as debited but the merchant says"
			+ " it never arrived, could you check what happened to it please";

	private final List<Conversation> conversations;
	private final Ledger ledger;
	private final JsonMapper json;
	private final Options options;
	private final Map<ChatSocket, SenderBudget> budgets = new HashMap<>();

	Driver(List<Conversation> conversations, Ledger ledger, JsonMapper json, Options options) {
		this.conversations = conversations;
		this.ledger = ledger;
		this.json = json;
		this.options = options;
		// One budget per sending socket; here every user has exactly one socket.
		if (options.senderLimit() != null) {
			for (var conversation : conversations) {
				for (var side : Conversation.Side.values()) {
					budgets.computeIfAbsent(conversation.socketOf(side),
							s -> new SenderBudget(options.senderLimit().messages(), options.senderLimit().window()));
				}
			}
		}
	}

	/**
	 * How a phase went: when it ran, how much it sent and settled, how often the sender limit held a
	 * message back, and why it stopped.
	 */
	record Run(Phase phase, long startedAt, long finishedAt, long expected, long sent, long settled,
			long heldBySenderLimit, String stop) {

		boolean completed() {
			return settled == expected;
		}
	}

	/** A conversation's slot waiting for its sender's budget. */
	private record Held(long until, int conversation) {
	}

	/**
	 * Sends {@code perConversation} messages in every conversation, or fewer if {@code sendFor} runs
	 * out first (then it stops sending and waits for what is in flight).
	 */
	Run run(Phase phase, int perConversation, Duration sendFor) {
		int n = conversations.size();
		long expected = (long) n * perConversation;
		var ready = new LinkedBlockingQueue<Integer>();
		var settled = new AtomicLong();
		var lastProgress = new AtomicLong(System.nanoTime());
		ledger.onSettled(message -> {
			if (message.phase == phase) {
				settled.incrementAndGet();
				lastProgress.set(System.nanoTime());
				ready.add(message.conversation.index());
			}
		});
		// Slot by slot across all conversations, so a rate-limited start spreads over every chat.
		for (int slot = 0; slot < Math.min(options.window(), perConversation); slot++) {
			for (int c = 0; c < n; c++) {
				ready.add(c);
			}
		}
		var held = new PriorityQueue<Held>(Comparator.comparingLong(Held::until));
		var next = new int[n];
		long start = System.nanoTime();
		long stopSendingAt = start + sendFor.toNanos();
		long stallAfter = options.grace().toNanos();
		long issued = 0;
		long heldCount = 0;
		boolean sending = true;
		String stop = "done";
		// Runs until everything sent has settled; a stall or the time limit ends the sending.
		while (settled.get() < (sending ? expected : issued)) {
			long now = System.nanoTime();
			if (sending && now - stopSendingAt > 0) {
				sending = false;
				stop = phase == Phase.WARMUP ? "time limit" : "max-duration reached";
				continue;
			}
			if (issued > settled.get() && now - lastProgress.get() > stallAfter) {
				stop = "stalled: nothing settled for " + options.grace().toSeconds() + " s";
				break;
			}
			while (!held.isEmpty() && held.peek().until() - now <= 0) {
				ready.add(held.poll().conversation());
			}
			var c = poll(ready, held.isEmpty() ? Long.MAX_VALUE : held.peek().until() - now);
			if (!sending || c == null || next[c] >= perConversation) {
				continue; // No free slot yet, or a slot of a conversation that has sent everything.
			}
			var conversation = conversations.get(c);
			var from = sideOf(next[c]);
			var budget = budgets.get(conversation.socketOf(from));
			long wait = budget == null ? 0 : budget.delay(now);
			if (wait > 0) {
				held.add(new Held(now + wait, c));
				heldCount++;
				continue;
			}
			if (options.rate() > 0) {
				waitUntil(start + (long) (issued * 1e9 / options.rate()), stopSendingAt);
			}
			long sentAt = send(phase, conversation, from, next[c]++);
			lastProgress.set(sentAt);
			if (budget != null) {
				budget.sent(sentAt);
			}
			issued++;
		}
		ledger.onSettled(message -> {
		});
		return new Run(phase, start, System.nanoTime(), expected, issued, settled.get(), heldCount, stop);
	}

	private Conversation.Side sideOf(int k) {
		return options.senders() == Options.Senders.CUSTOMER || k % 2 == 0 ? Conversation.Side.CUSTOMER
				: Conversation.Side.AGENT;
	}

	/** Sends message {@code k} of the conversation and returns when it went out. */
	private long send(Phase phase, Conversation conversation, Conversation.Side from, int k) {
		// Unique per sender for the whole run; letters glued to the digits keep the masking from
		// reading them as an OTP or a card number.
		var clientMessageId = options.runId() + "-" + phase.tag + conversation.index() + "-k" + k;
		var payload = new LinkedHashMap<String, Object>();
		payload.put("chatId", conversation.chatId());
		payload.put("text", text(clientMessageId));
		payload.put("clientMessageId", clientMessageId);
		var frame = json.writeValueAsString(Map.of("type", "send_message", "payload", payload));
		var message = new Outgoing(clientMessageId, conversation, from, phase, System.nanoTime());
		ledger.sending(message);
		conversation.socketOf(from).send(frame);
		return message.sentAt;
	}

	private String text(String clientMessageId) {
		var text = new StringBuilder("Bench message ").append(clientMessageId).append('.');
		while (text.length() < options.textLength()) {
			text.append(FILLER);
		}
		text.setLength(options.textLength());
		return text.toString();
	}

	private static Integer poll(LinkedBlockingQueue<Integer> ready, long atMostNanos) {
		try {
			return ready.poll(Math.clamp(atMostNanos, 0, 20_000_000L), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private static void waitUntil(long due, long deadline) {
		long until = Math.min(due, deadline);
		for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
			LockSupport.parkNanos(left);
		}
	}

	static Duration elapsed(Run run) {
		return Duration.ofNanos(run.finishedAt() - run.startedAt());
	}
}
