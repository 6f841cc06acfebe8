package app.zetpay.bench;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A message the bench sent, followed until it settles: acknowledged to its sender and delivered to
 * the other participant, or failed. The ack and the delivery arrive on different sockets' threads
 * in either order; whichever completes the pair settles the message, exactly once.
 */
final class Outgoing {

	private static final int ACKED = 1;
	private static final int DELIVERED = 2;
	private static final int FAILED = 4;
	private static final int SETTLED = 8;

	final String clientMessageId;
	final Conversation conversation;
	final Conversation.Side from;
	final Phase phase;
	final long sentAt;
	private final AtomicInteger state = new AtomicInteger();
	private volatile long ackedAt;
	private volatile long deliveredAt;

	Outgoing(String clientMessageId, Conversation conversation, Conversation.Side from, Phase phase, long sentAt) {
		this.clientMessageId = clientMessageId;
		this.conversation = conversation;
		this.from = from;
		this.phase = phase;
		this.sentAt = sentAt;
	}

	ChatSocket sender() {
		return conversation.socketOf(from);
	}

	ChatSocket receiver() {
		return conversation.counterpartOf(from);
	}

	/** Returns true when this call settled the message. */
	boolean acked(long at) {
		ackedAt = at;
		return mark(ACKED);
	}

	/** Returns true when this call settled the message. */
	boolean delivered(long at) {
		deliveredAt = at;
		return mark(DELIVERED);
	}

	/** Returns true when this call settled the message. */
	boolean failed() {
		return mark(FAILED);
	}

	boolean isAcked() {
		return (state.get() & ACKED) != 0;
	}

	boolean isDelivered() {
		return (state.get() & DELIVERED) != 0;
	}

	boolean isFailed() {
		return (state.get() & FAILED) != 0;
	}

	long ackLatency() {
		return ackedAt - sentAt;
	}

	long deliveryLatency() {
		return deliveredAt - sentAt;
	}

	private boolean mark(int bit) {
		// A compare-and-set loop: it only repeats while another thread changed the state meanwhile.
		while (true) {
			int before = state.get();
			int after = before | bit;
			if ((after & (ACKED | DELIVERED)) == (ACKED | DELIVERED) || (after & FAILED) != 0) {
				after |= SETTLED;
			}
			if (state.compareAndSet(before, after)) {
				return (before & SETTLED) == 0 && (after & SETTLED) != 0;
			}
		}
	}
}
