package app.zetpay.support.chat.web;

import java.io.IOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /ws} adapter: translates frames to chat use cases and back, nothing more. A socket
 * must authenticate first ({@link SocketSessions}); after that every frame is checked against the
 * caller's current rights and handed to {@link FrameDispatch}. Bad frames get an {@code error}
 * frame and the connection stays up.
 */
@Component
class ChatSocketHandler extends TextWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);
	private static final int SEND_TIME_LIMIT_MS = 10_000;
	private static final int SEND_BUFFER_LIMIT = 1024 * 1024;
	/** The longest frame a client may send (a co-browsing chunk with its envelope fits easily). */
	static final int MAX_FRAME_CHARS = 64 * 1024;
	private static final String PARTIAL = ChatSocketHandler.class.getName() + ".partial";

	private final SocketSessions sessions;
	private final FrameDispatch dispatch;
	private final FrameAllowance allowance;
	private final SocketShutdown shutdown;
	private final SocketReplies replies;
	private final JsonMapper json;

	ChatSocketHandler(SocketSessions sessions, FrameDispatch dispatch, FrameAllowance allowance,
			SocketShutdown shutdown, SocketReplies replies, JsonMapper json) {
		this.sessions = sessions;
		this.dispatch = dispatch;
		this.allowance = allowance;
		this.shutdown = shutdown;
		this.replies = replies;
		this.json = json;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		var decorated = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT);
		SocketReplies.decorate(session, decorated);
		if (!shutdown.opened(decorated) || !sessions.expectAuthentication(session)) {
			SocketShutdown.close(decorated);
		}
	}

	/**
	 * Frames arrive in pieces of the container's read buffer and are put together here. The container
	 * allocates that buffer for every socket up front: sized for the longest frame (64 K characters)
	 * it held 128 KB per idle socket, 1.3 GB for 10,000 (issue 18); the rare long frame now costs only
	 * while it is being read.
	 */
	@Override
	public boolean supportsPartialMessages() {
		return true;
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage piece) {
		var message = whole(session, piece);
		if (message == null) {
			return;
		}
		if (!shutdown.frameStarting()) {
			// The node is stopping and this socket is about to be closed with 1012: the client re-sends
			// whatever was not acknowledged to the node it reconnects to.
			return;
		}
		try {
			handle(session, message);
		}
		finally {
			shutdown.frameDone();
		}
	}

	/**
	 * The frame once its last piece is in, null until then. Longer than {@link #MAX_FRAME_CHARS}: the
	 * socket is closed with 1009, as the container did when it read whole frames itself.
	 */
	private static @Nullable TextMessage whole(WebSocketSession session, TextMessage piece) {
		var attributes = session.getAttributes();
		var sofar = (StringBuilder) attributes.get(PARTIAL);
		if (sofar == null && piece.isLast()) {
			return piece.getPayload().length() > MAX_FRAME_CHARS ? tooBig(session) : piece;
		}
		if (!session.isOpen()) {
			attributes.remove(PARTIAL);
			return null;
		}
		if (sofar == null) {
			sofar = new StringBuilder();
			attributes.put(PARTIAL, sofar);
		}
		if (sofar.length() + piece.getPayload().length() > MAX_FRAME_CHARS) {
			attributes.remove(PARTIAL);
			return tooBig(session);
		}
		sofar.append(piece.getPayload());
		if (!piece.isLast()) {
			return null;
		}
		attributes.remove(PARTIAL);
		return new TextMessage(sofar);
	}

	private static @Nullable TextMessage tooBig(WebSocketSession session) {
		try {
			session.close(CloseStatus.TOO_BIG_TO_PROCESS.withReason("Frames are at most " + MAX_FRAME_CHARS + " characters"));
		}
		catch (IOException e) {
			// Already gone.
		}
		return null;
	}

	private void handle(WebSocketSession session, TextMessage message) {
		var frame = ClientFrame.parse(message.getPayload(), json);
		var wait = allowance.take(frame, SocketIdentity.caller(session), session.getId());
		if (wait.isPresent()) {
			var refused = ProblemException.tooManyRequests("rate-limited", "You are sending "
					+ FrameAllowance.kind(frame) + " frames too fast. Wait a moment and try again.", wait.get());
			replies.error(session, refused, frame);
			return;
		}
		switch (frame) {
			case ClientFrame.Authenticate(var token) -> sessions.authenticate(session, token);
			case ClientFrame.Ping ping -> replies.send(session, ServerFrame.PONG, Map.of());
			case ClientFrame.Invalid(var reason, var type) -> replies.error(session, reason, "invalid-frame", type, null);
			default -> handleAuthenticated(session, frame);
		}
	}

	private void handleAuthenticated(WebSocketSession session, ClientFrame frame) {
		var caller = SocketIdentity.caller(session);
		if (caller == null) {
			replies.error(session, "Send {\"type\":\"authenticate\",\"token\":\"<JWT>\"} first.", "unauthenticated",
					null, null);
			return;
		}
		if (frame instanceof ClientFrame.Reauthenticate(var token)) {
			sessions.reauthenticate(session, caller, token);
			return;
		}
		if (sessions.revoked(session)) {
			return;
		}
		dispatch(session, caller, frame);
	}

	private void dispatch(WebSocketSession session, Caller caller, ClientFrame frame) {
		try {
			dispatch.dispatch(session, caller, frame);
		}
		catch (ProblemException e) {
			replies.error(session, e, frame);
		}
		catch (RuntimeException e) {
			log.error("Frame {} failed", frame.frameType(), e);
			replies.error(session, "Something went wrong on our side.", "internal-error", frame.frameType(),
					SocketReplies.clientMessageId(frame));
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		shutdown.closed(SocketReplies.decorated(session));
		try {
			dispatch.closed(session, SocketIdentity.caller(session));
		}
		catch (RuntimeException e) {
			log.warn("Could not clear what socket {} was viewing: {}", session.getId(), e.toString());
		}
		sessions.closed(session);
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		log.debug("Socket {} transport error: {}", session.getId(), exception.getMessage());
	}
}
