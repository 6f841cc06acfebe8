package app.zetpay.support.chat.internal;

import java.util.Set;

/** The sockets held by this node; the WebSocket adapter implements it. */
public interface LocalSockets {

	/** Sends an already serialised frame to every local socket of these users. */
	void deliver(Set<String> userIds, String frame);
}
