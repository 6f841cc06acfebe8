package app.zetpay.support.cobrowse.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The sessions whose customer's page records through a socket of this node: which socket (only that
 * one may send the page's frames) and the session's stream allowance. Set when the customer accepts
 * from that socket; a frame from anywhere else is refused without asking the database.
 */
@Component
class Captures {

	/** {@code id} is this capture's own (socket ids repeat across nodes): the row names the capture that sends. */
	record Capture(String id, String sessionId, String socketId, String agentId, String customerId, StreamLimit limit) {
	}

	private final ConcurrentHashMap<String, Capture> bySession = new ConcurrentHashMap<>();
	private final CobrowseProperties properties;

	Captures(CobrowseProperties properties) {
		this.properties = properties;
	}

	/** The page on {@code socketId} sends the session from now on (replacing one on this node after a reconnect). */
	Capture start(CobrowseSession session, String socketId) {
		var capture = new Capture(UUID.randomUUID().toString(), session.id(), socketId, session.agentId(),
				session.customerId(), new StreamLimit(properties, System.nanoTime()));
		bySession.put(session.id(), capture);
		return capture;
	}

	Optional<Capture> of(String sessionId, String socketId) {
		return Optional.ofNullable(bySession.get(sessionId)).filter(c -> c.socketId().equals(socketId));
	}

	void stop(String sessionId) {
		bySession.remove(sessionId);
	}

	/** The captures a closed socket was sending, now stopped: their sessions wait for the page or end. */
	List<Capture> closed(String socketId) {
		var gone = bySession.values().stream().filter(c -> c.socketId().equals(socketId)).toList();
		gone.forEach(c -> bySession.remove(c.sessionId(), c));
		return gone;
	}

	int size() {
		return bySession.size();
	}
}
