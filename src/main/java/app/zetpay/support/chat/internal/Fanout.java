package app.zetpay.support.chat.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.ServerFrame;

/**
 * Delivers a frame to every open socket of the given users, on whichever node holds them. Called
 * only after the change behind the frame has committed. Best effort by design: a socket that misses
 * a frame catches up with {@code resume}, which reads from the database.
 */
public interface Fanout {

	void publish(Set<String> userIds, ServerFrame type, Object payload);

	/**
	 * Every node re-checks its sockets of this account against the account's current rights, and
	 * closes those opened with {@code revokedTokenId} (when given). Unlike frames, this goes to every
	 * node: the one that changed the account does not know where its sockets are.
	 */
	void recheck(String userId, @Nullable String revokedTokenId);
}
