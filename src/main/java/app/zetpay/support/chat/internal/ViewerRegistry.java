package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.List;

/**
 * Who has a conversation or ticket open, by socket, for every node: in memory on the embedded single
 * node, in Redis in the production profile. An entry lives until its socket says it stopped or
 * closes, or until {@code expiresAt} (the client re-sends {@code viewing} well within the TTL), so a
 * node that dies leaves nothing behind for long.
 */
interface ViewerRegistry {

	/** One socket's look at an item. */
	record Viewer(String socketId, String agentId, String name, boolean typing, Instant expiresAt) {
	}

	/** Adds or refreshes the socket's entry; answers the item's live viewers. */
	List<Viewer> put(String item, Viewer viewer, Instant now);

	/** Removes the socket's entry; answers the item's live viewers left. */
	List<Viewer> remove(String item, String socketId, Instant now);

	/** An item that lost viewers to expiry, and those it still has. */
	record Lapsed(String item, List<Viewer> left) {
	}

	/**
	 * Removes every entry past its expiry; answers the items that lost one. With several nodes
	 * sweeping, each entry is reported by the one node that removed it.
	 */
	List<Lapsed> expire(Instant now);
}
