package app.zetpay.support.chat.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.agents.Presence;
import app.zetpay.support.chat.internal.ChatMessageView;
import app.zetpay.support.chat.internal.ChatProperties;
import app.zetpay.support.chat.internal.ChatMessaging;
import app.zetpay.support.chat.internal.ChatSignals;
import app.zetpay.support.chat.internal.ChatViews;
import app.zetpay.support.chat.internal.Frames;
import app.zetpay.support.chat.internal.RoutingDecisions;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.TokenVerifier;
import app.zetpay.support.shared.ProblemException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /ws} adapter: translates frames to chat use cases and back, nothing more. A socket
 * must authenticate first; after that every frame is checked against the caller (conversation
 * access in the use case, token expiry here). Bad frames get an {@code error} frame and the
 * connection stays up.
 */
@Component
class ChatSocketHandler extends TextWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);
	private static final String DECORATED = "decorated";
	private static final Duration AUTHENTICATE_WITHIN = Duration.ofSeconds(15);
	private static final int SEND_TIME_LIMIT_MS = 10_000;
	private static final int SEND_BUFFER_LIMIT = 1024 * 1024;

	private final TokenVerifier tokens;
	private final Presence presence;
	private final ChatMessaging messaging;
	private final ChatSignals signals;
	private final ChatViews views;
	private final RoutingDecisions routingDecisions;
	private final SocketRegistry registry;
	private final SocketShutdown shutdown;
	private final StaffRights rights;
	private final ChatProperties properties;
	private final JsonMapper json;
	private final TaskScheduler scheduler;
	private final FrameAllowance allowance;
	private final Clock clock;

	ChatSocketHandler(TokenVerifier tokens, Presence presence, ChatMessaging messaging, ChatSignals signals,
			ChatViews views,
			RoutingDecisions routingDecisions, SocketRegistry registry, SocketShutdown shutdown, StaffRights rights,
			ChatProperties properties, JsonMapper json, TaskScheduler scheduler, FrameAllowance allowance,
			Clock clock) {
		this.rights = rights;
		this.allowance = allowance;
		this.tokens = tokens;
		this.presence = presence;
		this.messaging = messaging;
		this.signals = signals;
		this.views = views;
		this.routingDecisions = routingDecisions;
		this.registry = registry;
		this.shutdown = shutdown;
		this.properties = properties;
		this.json = json;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		var decorated = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, SEND_BUFFER_LIMIT);
		session.getAttributes().put(DECORATED, decorated);
		if (!shutdown.opened(decorated)) {
			SocketShutdown.close(decorated);
			return;
		}
		try {
			scheduler.schedule(() -> {
				if (session.isOpen() && caller(session) == null) {
					send(session, ServerFrame.AUTH_FAILED, Map.of("message", "Authenticate within "
							+ AUTHENTICATE_WITHIN.toSeconds() + " seconds of connecting."));
					close(session, CloseStatus.POLICY_VIOLATION);
				}
			}, clock.instant().plus(AUTHENTICATE_WITHIN));
		}
		catch (TaskRejectedException e) {
			// The scheduler refuses new tasks as soon as the node starts stopping, a moment before the
			// port closes: a socket that connected just then is sent elsewhere like all the others.
			SocketShutdown.close(decorated);
		}
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
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

	private void handle(WebSocketSession session, TextMessage message) {
		var frame = ClientFrame.parse(message.getPayload(), json);
		var wait = allowance.take(frame, caller(session), session.getId());
		if (wait.isPresent()) {
			var refused = ProblemException.tooManyRequests("rate-limited", "You are sending "
					+ FrameAllowance.kind(frame) + " frames too fast. Wait a moment and try again.", wait.get());
			error(session, refused, frame);
			return;
		}
		if (frame instanceof ClientFrame.Authenticate(var token)) {
			authenticate(session, token);
			return;
		}
		if (frame instanceof ClientFrame.Ping) {
			send(session, ServerFrame.PONG, Map.of());
			return;
		}
		if (frame instanceof ClientFrame.Invalid(var reason, var type)) {
			error(session, reason, "invalid-frame", type, null);
			return;
		}
		var caller = caller(session);
		if (caller == null) {
			error(session, "Send {\"type\":\"authenticate\",\"token\":\"<JWT>\"} first.", "unauthenticated", null,
					null);
			return;
		}
		if (frame instanceof ClientFrame.Reauthenticate(var token)) {
			reauthenticate(session, caller, token);
			return;
		}
		// Against the rights the account has now, not those it had at authenticate.
		var revocation = SocketIdentity.revocation(session, rights, clock.instant());
		if (revocation != null) {
			registry.revoke(decorated(session), revocation);
			return;
		}
		try {
			dispatch(session, caller, frame);
		}
		catch (ProblemException e) {
			error(session, e, frame);
		}
		catch (RuntimeException e) {
			log.error("Frame {} failed", frame.frameType(), e);
			error(session, "Something went wrong on our side.", "internal-error", frame.frameType(), clientMessageId(frame));
		}
	}

	private void dispatch(WebSocketSession session, Caller caller, ClientFrame frame) {
		switch (frame) {
			case ClientFrame.SendMessage m -> {
				var posted = messaging.post(caller, m.chatId(), new ChatMessaging.NewMessage(m.text(), m.imageUrl(), m.type(),
						m.receiverId(), m.clientMessageId()));
				var ack = new LinkedHashMap<String, Object>();
				ack.put("clientMessageId", m.clientMessageId());
				ack.put("replayed", posted.replayed());
				ack.put("message", posted.message());
				send(session, ServerFrame.MESSAGE_ACK, ack);
			}
			case ClientFrame.Resume r -> resume(session, caller, r);
			case ClientFrame.Typing t -> signals.typing(caller, t.chatId(), t.isTyping());
			case ClientFrame.Read r -> signals.markRead(caller, r.chatId(), r.messageId());
			case ClientFrame.Authenticate a -> throw new IllegalStateException("handled before dispatch");
			case ClientFrame.Reauthenticate a -> throw new IllegalStateException("handled before dispatch");
			case ClientFrame.Ping p -> throw new IllegalStateException("handled before dispatch");
			case ClientFrame.Invalid i -> throw new IllegalStateException("handled before dispatch");
		}
	}

	/** Replays from the database whatever the client has not seen, in order, then says it is done. */
	private void resume(WebSocketSession session, Caller caller, ClientFrame.Resume resume) {
		var afterSeq = resume.afterSeq();
		while (true) {
			var batch = views.after(caller, resume.chatId(), afterSeq, properties.replayBatch());
			for (ChatMessageView message : batch) {
				send(session, ServerFrame.CHAT_MESSAGE, message);
				afterSeq = message.seq();
			}
			if (batch.size() < properties.replayBatch()) {
				break;
			}
		}
		send(session, ServerFrame.RESUME_COMPLETE, Map.of("chatId", resume.chatId(), "lastSeq", afterSeq));
	}

	private void authenticate(WebSocketSession session, String token) {
		try {
			var verified = tokens.verify(token);
			var previous = caller(session);
			if (previous != null) {
				forget(session, previous);
			}
			SocketIdentity.set(session, verified);
			closeWhenExpired(session, verified.expiresAt());
			registry.add(verified.caller().id(), decorated(session));
			if (verified.caller() instanceof Caller.Staff agent) {
				presence.socketOpened(agent.id());
				routingDecisions.announcePresence(agent.id());
			}
			send(session, ServerFrame.AUTH_SUCCESS, Map.of("userId", verified.caller().id(), "expiresAt", verified.expiresAt()));
		}
		catch (TokenVerifier.InvalidTokenException e) {
			send(session, ServerFrame.AUTH_FAILED, Map.of("code", "invalid-token", "message", e.getMessage()));
			close(session, CloseStatus.POLICY_VIOLATION);
		}
	}

	/**
	 * A fresh token for the same user, before the current one expires: the socket stays open, with
	 * the rights the account has now. A token that does not verify leaves the socket as it was.
	 */
	private void reauthenticate(WebSocketSession session, Caller caller, String token) {
		TokenVerifier.Verified verified;
		try {
			verified = tokens.verify(token);
		}
		catch (TokenVerifier.InvalidTokenException e) {
			error(session, e.getMessage(), "invalid-token", "reauthenticate", null);
			return;
		}
		if (!verified.caller().id().equals(caller.id())) {
			error(session, "reauthenticate keeps the user; to switch users, authenticate.", "other-user",
					"reauthenticate", null);
			return;
		}
		SocketIdentity.set(session, verified);
		closeWhenExpired(session, verified.expiresAt());
		send(session, ServerFrame.REAUTHENTICATED, Map.of("userId", caller.id(), "expiresAt", verified.expiresAt()));
	}

	/** Closes the socket when its token expires, unless a reauthenticate moved the expiry on meanwhile. */
	private void closeWhenExpired(WebSocketSession session, Instant expiresAt) {
		if (expiresAt.equals(Instant.MAX)) {
			SocketIdentity.expiryTimer(session, null);
			return;
		}
		// The application clock decides expiry (tests move it); the scheduler runs on the system clock.
		var in = Duration.between(clock.instant(), expiresAt);
		try {
			SocketIdentity.expiryTimer(session, scheduler.schedule(() -> {
				if (session.isOpen() && expiresAt.equals(SocketIdentity.expiresAt(session))) {
					registry.revoke(decorated(session), Revocation.TOKEN_EXPIRED);
				}
			}, Instant.now().plus(in.isNegative() ? Duration.ZERO : in)));
		}
		catch (TaskRejectedException e) {
			// The node is stopping: its sockets are all about to close anyway.
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		shutdown.closed(decorated(session));
		SocketIdentity.expiryTimer(session, null);
		var caller = caller(session);
		if (caller != null) {
			forget(session, caller);
		}
	}

	private void forget(WebSocketSession session, Caller caller) {
		registry.remove(caller.id(), decorated(session));
		if (caller instanceof Caller.Staff agent) {
			presence.socketClosed(agent.id());
			routingDecisions.announcePresence(agent.id());
		}
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable exception) {
		log.debug("Socket {} transport error: {}", session.getId(), exception.getMessage());
	}

	private void error(WebSocketSession session, ProblemException problem, ClientFrame frame) {
		var payload = new LinkedHashMap<String, Object>();
		var retryAfter = problem.properties().get(ProblemException.RETRY_AFTER);
		if (retryAfter != null) {
			payload.put(ProblemException.RETRY_AFTER, retryAfter);
		}
		if (frame.conversation() != null) {
			payload.put("chatId", frame.conversation());
		}
		error(session, problem.getMessage(), problem.code(), frame.frameType(), clientMessageId(frame), payload);
	}

	private void error(WebSocketSession session, String message, String code, @Nullable String frameType,
			@Nullable String clientMessageId) {
		error(session, message, code, frameType, clientMessageId, Map.of());
	}

	private void error(WebSocketSession session, String message, String code, @Nullable String frameType,
			@Nullable String clientMessageId, Map<String, Object> more) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("message", message);
		payload.put("code", code);
		if (frameType != null) {
			payload.put("frame", frameType);
		}
		if (clientMessageId != null) {
			payload.put("clientMessageId", clientMessageId);
		}
		payload.putAll(more);
		send(session, ServerFrame.ERROR, payload);
	}

	private void send(WebSocketSession session, ServerFrame type, Object payload) {
		SocketRegistry.send(decorated(session), new TextMessage(Frames.json(json, type, payload)));
	}

	private static WebSocketSession decorated(WebSocketSession session) {
		var decorated = session.getAttributes().get(DECORATED);
		return decorated instanceof WebSocketSession wrapped ? wrapped : session;
	}

	private static @Nullable Caller caller(WebSocketSession session) {
		return SocketIdentity.caller(session);
	}

	private static void close(WebSocketSession session, CloseStatus status) {
		try {
			session.close(status);
		}
		catch (IOException ignored) {
			// Already closed.
		}
	}

	private static @Nullable String clientMessageId(ClientFrame frame) {
		return frame instanceof ClientFrame.SendMessage m ? m.clientMessageId() : null;
	}
}
