package app.zetpay.support.chat.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The sockets held by this node; the WebSocket adapter implements it. */
public interface LocalSockets {

	/** Sends an already serialised frame to every local socket of these users. */
	void deliver(Set<String> userIds, String frame);

	/** See {@link Fanout#recheck}: for this node's sockets of the account. */
	void recheck(String userId, @Nullable String revokedTokenId);

	/**
	 * Tells {@code users} from now on whenever this node gets its first socket of a user and loses
	 * its last, so a fan-out that routes by node (Redis) listens for exactly those users. The fan-out
	 * registers itself: the adapter then needs no fan-out, and the two beans no cycle.
	 */
	void whenUsersChange(Users users);

	/** Who holds a socket on this node, as it changes. */
	interface Users {

		void connected(String userId);

		void disconnected(String userId);
	}
}
