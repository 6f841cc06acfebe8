package app.zetpay.support.chat.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import app.zetpay.support.shared.ShutdownPhases;

/**
 * Ends this node's sockets when it stops, so that no client is cut off without a word: frames being
 * handled finish and are answered (a {@code send_message} gets its ack), frames arriving after that
 * are not read, and every socket is closed with 1012 (service restart). A client then connects to
 * another node, resumes each chat from its last seq and re-sends, with the same clientMessageId,
 * whatever was not acknowledged. Runs after the port has closed (no new sockets) and while the
 * message writer, Redis and the database are still there (see {@link ShutdownPhases}).
 */
@Component
class SocketShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketShutdown.class);
	/** How long frames already being handled may take to finish; part of the node's 20 s budget. */
	static final Duration FRAMES_TIMEOUT = Duration.ofSeconds(3);
	/** How long frames already handed to the sockets may take to be written before they close. */
	static final Duration FLUSH_TIMEOUT = Duration.ofMillis(500);

	private final Set<WebSocketSession> open = ConcurrentHashMap.newKeySet();
	private final AtomicInteger framesInProgress = new AtomicInteger();
	private volatile boolean accepting;

	/** A socket connected; false when the node is stopping (the caller then closes it). */
	boolean opened(WebSocketSession session) {
		open.add(session);
		return accepting;
	}

	void closed(WebSocketSession session) {
		open.remove(session);
	}

	/**
	 * Whether a frame that arrived may be handled; when true, the caller must call
	 * {@link #frameDone()} once it has answered. Counted before the check, so {@link #stop()} waits for
	 * every frame that passed it.
	 */
	boolean frameStarting() {
		framesInProgress.incrementAndGet();
		if (!accepting) {
			framesInProgress.decrementAndGet();
			return false;
		}
		return true;
	}

	void frameDone() {
		framesInProgress.decrementAndGet();
	}

	@Override
	public void start() {
		accepting = true;
	}

	@Override
	public void stop() {
		var started = System.nanoTime();
		accepting = false;
		var left = ShutdownPhases.awaitNoneInProgress(framesInProgress, FRAMES_TIMEOUT);
		if (left > 0) {
			log.warn("Closing sockets with {} frames still being handled after {} s", left, FRAMES_TIMEOUT.toSeconds());
		}
		var sockets = List.copyOf(open);
		awaitWritten(sockets);
		for (var session : sockets) {
			close(session);
		}
		log.info("Closed {} sockets with 1012 (service restart) in {} ms", sockets.size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * A frame's answer may still sit in its socket's send buffer: when another thread (a push) is
	 * writing to the socket, the answer is left for that thread to write, and closing first would drop
	 * it, so an acknowledged message's ack would never arrive.
	 */
	private static void awaitWritten(List<WebSocketSession> sockets) {
		var deadline = System.nanoTime() + FLUSH_TIMEOUT.toNanos();
		for (var session : sockets) {
			if (!(session instanceof ConcurrentWebSocketSessionDecorator buffered)) {
				continue;
			}
			while (session.isOpen() && (buffered.getBufferSize() > 0 || buffered.getTimeSinceSendStarted() > 0)
					&& System.nanoTime() < deadline) {
				LockSupport.parkNanos(100_000);
			}
		}
	}

	static void close(WebSocketSession session) {
		try {
			session.close(CloseStatus.SERVICE_RESTARTED);
		}
		catch (IOException | RuntimeException e) {
			// Gone already: the client reconnects all the same.
			log.debug("Socket {} could not be closed cleanly: {}", session.getId(), e.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return accepting;
	}

	@Override
	public int getPhase() {
		return ShutdownPhases.SOCKETS;
	}
}
