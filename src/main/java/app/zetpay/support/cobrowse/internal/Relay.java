package app.zetpay.support.cobrowse.internal;

import java.util.function.Consumer;

/**
 * Carries a session's relayed frames from the node holding the customer's page to the nodes where
 * its agent watches, in memory only: nothing of the page is ever written down. Best effort, like
 * every live frame: a viewer that misses frames is repaired by a fresh snapshot.
 */
interface Relay {

	/** Prefix of a message: a full snapshot starts (a viewer that fell behind may resume here). */
	char SNAPSHOT_START = 'S';
	/** Prefix of a message: a later chunk of a full snapshot. */
	char SNAPSHOT_MORE = 'C';
	/** Prefix of a message: incremental events (mutations, mouse, scroll, input). */
	char INCREMENTAL = 'I';
	/** The whole message: the session ended, viewers let go of it. */
	String ENDED = "X";

	void publish(String sessionId, String message);

	/** From now on this node hears the session's messages; one listener per session per node. */
	void listen(String sessionId, Consumer<String> listener);

	void stopListening(String sessionId);
}
