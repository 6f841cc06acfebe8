package app.zetpay.support.chat.internal;

import java.util.Set;

/**
 * Delivers a frame to every open socket of the given users, on whichever node holds them. Called
 * only after the change behind the frame has committed. Best effort by design: a socket that misses
 * a frame catches up with {@code resume}, which reads from the database.
 */
public interface Fanout {

	void publish(Set<String> userIds, String type, Object payload);
}
