package app.zetpay.support.chat.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The sockets held by this node; the WebSocket adapter implements it. */
public interface LocalSockets {

	/** Sends an already serialised frame to every local socket of these users. */
	void deliver(Set<String> userIds, String frame);

	/** See {@link Fanout#recheck}: for this node's sockets of the account. */
	void recheck(String userId, @Nullable String revokedTokenId);
}
