package app.zetpay.support.chat;

import java.util.Set;

/**
 * Pushes an event to every open socket of some users (on any node), for modules other than chat:
 * tickets tell customers their ticket changed. Sent after the current transaction commits, or at
 * once outside one; best effort, like every live frame.
 */
public interface UserNotifier {

	void notify(Set<String> userIds, ServerFrame type, Object payload);
}
