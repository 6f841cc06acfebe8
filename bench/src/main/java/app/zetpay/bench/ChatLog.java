package app.zetpay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What one participant has of one chat, as a careful client keeps it: messages applied strictly in
 * {@code seq} order, a message that arrives ahead of a gap held until the gap is filled (by a later
 * live delivery or by a {@code resume}), and a message seen again (a replay overlapping live
 * delivery) ignored. Live delivery from several nodes may arrive out of order; what the participant
 * shows never is. Not thread-safe: its participant guards it.
 */
final class ChatLog {

	/** What became of one arrival. */
	enum Arrival {
		/** The next seq (and any held ones it unblocked) applied. */
		APPLIED,
		/** Ahead of a gap: held. */
		HELD,
		/** A seq already here, with the same message: ignored. */
		AGAIN,
		/** A seq already here with a different message: the server broke its numbering. */
		CONFLICT
	}

	private final List<ChatEntry> applied = new ArrayList<>();
	private final TreeMap<Long, ChatEntry> held = new TreeMap<>();
	private long gapSince = -1;

	Arrival arrive(ChatEntry message, long now) {
		long next = applied.size() + 1L;
		if (message.seq() < next) {
			return applied.get((int) message.seq() - 1).id().equals(message.id()) ? Arrival.AGAIN : Arrival.CONFLICT;
		}
		var already = held.get(message.seq());
		if (already != null) {
			return already.id().equals(message.id()) ? Arrival.AGAIN : Arrival.CONFLICT;
		}
		if (message.seq() > next) {
			held.put(message.seq(), message);
			if (gapSince < 0) {
				gapSince = now;
			}
			return Arrival.HELD;
		}
		applied.add(message);
		while (!held.isEmpty() && held.firstKey() == applied.size() + 1L) {
			applied.add(held.pollFirstEntry().getValue());
		}
		gapSince = held.isEmpty() ? -1 : now;
		return Arrival.APPLIED;
	}

	/** The highest seq applied: everything up to it is here, in order. */
	long lastSeq() {
		return applied.size();
	}

	/** Whether messages have been held behind a gap for at least {@code nanos}: time to resume. */
	boolean gapOlderThan(long nanos, long now) {
		return gapSince >= 0 && now - gapSince >= nanos;
	}

	boolean hasGap() {
		return !held.isEmpty();
	}

	List<ChatEntry> applied() {
		return List.copyOf(applied);
	}
}
