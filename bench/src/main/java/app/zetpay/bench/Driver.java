package app.zetpay.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the messages of one phase. Each conversation holds {@code window} slots; a slot is a token
 * in the ready queue, taken to send a message and put back when that message settles (acked and
 * delivered, or failed). The pacer takes tokens in turn and, with a target rate, waits until each
 * send is due. So the load is closed-loop per conversation (at most {@code window} in flight) and
 * open-loop across them, and the phase always ends: when every message settled, when nothing
 * settled for the grace period, or at the time limit.
 */
final class Driver {

	private static final String FILLER = " The payment of INR five hundred shows as debited but the merchant says"
			+ " it never arrived, could you check what happened to it please";

	private final List<Conversation> conversations;
	private final Ledger ledger;
	private final JsonMapper json;
	private final Options options;

	Driver(List<Conversation> conversations, Ledger ledger, JsonMapper json, Options options) {
		this.conversations = conversations;
		this.ledger = ledger;
		this.json = json;
		this.options = options;
	}

	/** How a phase went: when it ran, how much it sent, and why it stopped. */
	record Run(Phase phase, long startedAt, long finishedAt, long expected, long sent, long settled, String stop) {

		boolean completed() {
			return settled == expected;
		}
	}

	Run run(Phase phase, int perConversation) {
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
		var next = new int[n];
		long start = System.nanoTime();
		long deadline = start + options.maxDuration().toNanos();
		long stallAfter = options.grace().toNanos();
		long issued = 0;
		String stop = "done";
		while (settled.get() < expected) {
			long now = System.nanoTime();
			if (now - deadline > 0) {
				stop = "max-duration reached";
				break;
			}
			if (now - lastProgress.get() > stallAfter) {
				stop = "stalled: nothing settled for " + options.grace().toSeconds() + " s";
				break;
			}
			var c = poll(ready);
			if (c == null || next[c] >= perConversation) {
				continue; // No free slot yet, or a slot of a conversation that has sent everything.
			}
			if (options.rate() > 0) {
				waitUntil(start + (long) (issued * 1e9 / options.rate()), deadline);
			}
			send(phase, conversations.get(c), next[c]++);
			issued++;
		}
		ledger.onSettled(message -> {
		});
		return new Run(phase, start, System.nanoTime(), expected, issued, settled.get(), stop);
	}

	private void send(Phase phase, Conversation conversation, int k) {
		var from = options.senders() == Options.Senders.CUSTOMER || k % 2 == 0 ? Conversation.Side.CUSTOMER
				: Conversation.Side.AGENT;
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
	}

	private String text(String clientMessageId) {
		var text = new StringBuilder("Bench message ").append(clientMessageId).append('.');
		while (text.length() < options.textLength()) {
			text.append(FILLER);
		}
		text.setLength(options.textLength());
		return text.toString();
	}

	private static Integer poll(LinkedBlockingQueue<Integer> ready) {
		try {
			return ready.poll(20, TimeUnit.MILLISECONDS);
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
