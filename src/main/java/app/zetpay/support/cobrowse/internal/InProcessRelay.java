package app.zetpay.support.cobrowse.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** One node: a frame goes straight from the customer's socket thread to the agent's socket. */
@Component
@ConditionalOnProperty(name = "support.cobrowse.relay", havingValue = "in-process", matchIfMissing = true)
class InProcessRelay implements Relay {

	private final ConcurrentHashMap<String, Consumer<String>> listeners = new ConcurrentHashMap<>();

	@Override
	public void publish(String sessionId, String message) {
		var listener = listeners.get(sessionId);
		if (listener != null) {
			listener.accept(message);
		}
	}

	@Override
	public void listen(String sessionId, Consumer<String> listener) {
		listeners.put(sessionId, listener);
	}

	@Override
	public void stopListening(String sessionId) {
		listeners.remove(sessionId);
	}
}
