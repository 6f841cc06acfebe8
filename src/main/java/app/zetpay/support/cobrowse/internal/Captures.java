package app.zetpay.support.cobrowse.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The sessions whose customer's page records through a socket of this node: which socket (only that
 * one may send the page's frames) and the session's stream allowance. Set when the customer accepts
 * from that socket; a frame from anywhere else is refused without asking the database.
 */
@Component
class Captures {

	record Capture(String sessionId, String socketId, String agentId, String customerId, StreamLimit limit) {
	}

	private final ConcurrentHashMap<String, Capture> bySession = new ConcurrentHashMap<>();
	private final CobrowseProperties properties;

	Captures(CobrowseProperties properties) {
		this.properties = properties;
	}

	void start(CobrowseSession session, String socketId) {
		bySession.put(session.id(),
				new Capture(session.id(), socketId, session.agentId(), session.customerId(),
						new StreamLimit(properties, System.nanoTime())));
	}

	Optional<Capture> of(String sessionId, String socketId) {
		return Optional.ofNullable(bySession.get(sessionId)).filter(c -> c.socketId().equals(socketId));
	}

	void stop(String sessionId) {
		bySession.remove(sessionId);
	}

	/** The captures a closed socket was sending, now stopped: their sessions end. */
	List<Capture> closed(String socketId) {
		var gone = bySession.values().stream().filter(c -> c.socketId().equals(socketId)).toList();
		gone.forEach(c -> bySession.remove(c.sessionId(), c));
		return gone;
	}

	int size() {
		return bySession.size();
	}
}
