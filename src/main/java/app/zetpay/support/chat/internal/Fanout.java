package app.zetpay.support.chat.internal;

import java.util.List;
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

	/** One frame for some users: a committed batch publishes its frames together, in order. */
	record Frame(Set<String> userIds, ServerFrame type, Object payload) {
	}

	/**
	 * The frames of one committed batch, each user's in the given order. A fan-out that crosses the
	 * network sends them in one go rather than waiting for each in turn.
	 */
	default void publishAll(List<Frame> frames) {
		frames.forEach(frame -> publish(frame.userIds(), frame.type(), frame.payload()));
	}

	/**
	 * Every node re-checks its sockets of this account against the account's current rights, and
	 * closes those opened with {@code revokedTokenId} (when given). Unlike frames, this goes to every
	 * node: the one that changed the account does not know where its sockets are.
	 */
	void recheck(String userId, @Nullable String revokedTokenId);
}
