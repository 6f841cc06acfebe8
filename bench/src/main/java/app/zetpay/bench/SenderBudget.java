package app.zetpay.bench;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * Keeps one sender under the server's per-sender send limit ({@code support.chat.send-limit.*}, 30
 * messages per 10 s by default), as a well-behaved app would: at most {@code messages} sends in any
 * stretch of {@code window}. The server counts fixed windows from its own arrival times, so the
 * bench keeps a sliding window a fifth longer to stay clear of it despite network jitter. Used by
 * the pacer thread only.
 */
final class SenderBudget {

	private final int messages;
	private final long windowNanos;
	private final ArrayDeque<Long> sentAt = new ArrayDeque<>();

	SenderBudget(int messages, Duration window) {
		this.messages = messages;
		this.windowNanos = window.toNanos() + window.toNanos() / 5;
	}

	/** Nanoseconds until this sender may send again; 0 if now. */
	long delay(long now) {
		while (!sentAt.isEmpty() && now - sentAt.peekFirst() >= windowNanos) {
			sentAt.pollFirst();
		}
		return sentAt.size() < messages ? 0 : sentAt.peekFirst() + windowNanos - now;
	}

	void sent(long at) {
		sentAt.addLast(at);
	}
}
