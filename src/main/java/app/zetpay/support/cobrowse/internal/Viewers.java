package app.zetpay.support.cobrowse.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import app.zetpay.support.chat.CobrowseFrames.FrameSocket;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The agents' sockets on this node that watch a session. A socket whose reader falls behind (more
 * than {@code viewerBacklog} bytes waiting) gets nothing more until the next full snapshot, and the
 * customer's page is asked for one: stale frames are dropped rather than queued, so memory per viewer
 * stays bounded by the backlog and one frame.
 */
@Component
class Viewers {

	private final Relay relay;
	private final int backlog;
	private final Counter dropped;
	private final ConcurrentHashMap<String, Map<String, Viewer>> bySession = new ConcurrentHashMap<>();

	Viewers(Relay relay, CobrowseProperties properties, MeterRegistry meters) {
		this.relay = relay;
		this.backlog = properties.viewerBacklog();
		this.dropped = Counter.builder("support.cobrowse.frames.dropped")
				.description("Co-browsing frames not sent to a slow agent socket (a fresh snapshot follows)")
				.register(meters);
	}

	/**
	 * The socket watches the session from now on (it sees nothing until the next full snapshot);
	 * {@code resync} asks the customer's page for one.
	 */
	void watch(String sessionId, FrameSocket socket, Consumer<String> resync) {
		bySession.compute(sessionId, (id, viewers) -> {
			var all = viewers != null ? viewers : new ConcurrentHashMap<String, Viewer>();
			all.put(socket.id(), new Viewer(socket, resync));
			if (viewers == null) {
				relay.listen(sessionId, message -> deliver(sessionId, message));
			}
			return all;
		});
	}

	/** The socket closed: it watches nothing any more. */
	void closed(String socketId) {
		for (var sessionId : bySession.keySet()) {
			bySession.computeIfPresent(sessionId, (id, viewers) -> {
				viewers.remove(socketId);
				return leaveIfEmpty(id, viewers);
			});
		}
	}

	void ended(String sessionId) {
		if (bySession.remove(sessionId) != null) {
			relay.stopListening(sessionId);
		}
	}

	boolean watching(String sessionId) {
		return bySession.containsKey(sessionId);
	}

	long droppedFrames() {
		return (long) dropped.count();
	}

	private Map<String, Viewer> leaveIfEmpty(String sessionId, Map<String, Viewer> viewers) {
		if (viewers.isEmpty()) {
			relay.stopListening(sessionId);
			return null;
		}
		return viewers;
	}

	private void deliver(String sessionId, String message) {
		if (message.equals(Relay.ENDED)) {
			ended(sessionId);
			return;
		}
		var viewers = bySession.get(sessionId);
		if (viewers == null) {
			return;
		}
		var kind = message.charAt(0);
		var frame = message.substring(1);
		for (var viewer : viewers.values()) {
			if (!viewer.offer(kind, frame, backlog)) {
				dropped.increment();
			}
		}
	}

	/** One watching socket and whether it waits for a snapshot to catch up. */
	private static final class Viewer {

		private static final long RESYNC_EVERY_NANOS = 1_000_000_000L;

		private final FrameSocket socket;
		private final Consumer<String> resync;
		private final AtomicLong lastResync = new AtomicLong(System.nanoTime() - RESYNC_EVERY_NANOS);
		// A new viewer has nothing to apply increments to: it starts at a snapshot.
		private volatile boolean behind = true;

		Viewer(FrameSocket socket, Consumer<String> resync) {
			this.socket = socket;
			this.resync = resync;
			askForSnapshot();
		}

		/** Sends the frame, or drops it (false) while behind or when the socket's backlog is full. */
		synchronized boolean offer(char kind, String frame, int backlog) {
			if (!socket.isOpen()) {
				return false;
			}
			if (socket.bufferedBytes() + frame.length() > backlog) {
				behind = true;
				askForSnapshot();
				return false;
			}
			if (behind && kind != Relay.SNAPSHOT_START) {
				askForSnapshot();
				return false;
			}
			behind = false;
			socket.send(frame);
			return true;
		}

		private void askForSnapshot() {
			var now = System.nanoTime();
			var last = lastResync.get();
			// Once a second at most: the snapshot asked for is on its way.
			if (now - last >= RESYNC_EVERY_NANOS && lastResync.compareAndSet(last, now)) {
				resync.accept(socket.id());
			}
		}
	}
}
