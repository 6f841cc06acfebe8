package app.zetpay.support.chat.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.TokenVerifier;

/**
 * Who is on a socket, and for how long: authenticating (within 15 s of connecting), switching to a
 * fresh token, closing when the token expires or the account's rights change, and leaving.
 */
@Component
class SocketSessions {

	private static final Duration AUTHENTICATE_WITHIN = Duration.ofSeconds(15);

	private final TokenVerifier tokens;
	private final SocketRegistry registry;
	private final StaffRights rights;
	private final StaffPresence presence;
	private final SocketReplies replies;
	private final TaskScheduler scheduler;
	private final Clock clock;

	SocketSessions(TokenVerifier tokens, SocketRegistry registry, StaffRights rights, StaffPresence presence,
			SocketReplies replies, TaskScheduler scheduler, Clock clock) {
		this.tokens = tokens;
		this.registry = registry;
		this.rights = rights;
		this.presence = presence;
		this.replies = replies;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/** Closes a new socket that has not authenticated in time; false when the node is stopping. */
	boolean expectAuthentication(WebSocketSession session) {
		try {
			scheduler.schedule(() -> {
				if (session.isOpen() && SocketIdentity.caller(session) == null) {
					replies.send(session, ServerFrame.AUTH_FAILED, Map.of("message", "Authenticate within "
							+ AUTHENTICATE_WITHIN.toSeconds() + " seconds of connecting."));
					close(session, CloseStatus.POLICY_VIOLATION);
				}
			}, clock.instant().plus(AUTHENTICATE_WITHIN));
			return true;
		}
		catch (TaskRejectedException e) {
			// The scheduler refuses new tasks as soon as the node starts stopping, a moment before the
			// port closes: a socket that connected just then is sent elsewhere like all the others.
			return false;
		}
	}

	void authenticate(WebSocketSession session, String token) {
		try {
			var verified = tokens.verify(token);
			var previous = SocketIdentity.caller(session);
			if (previous != null) {
				leave(session, previous);
			}
			SocketIdentity.set(session, verified);
			closeWhenExpired(session, verified.expiresAt());
			registry.add(verified.caller().id(), SocketReplies.decorated(session));
			presence.socketOpened(verified.caller());
			replies.send(session, ServerFrame.AUTH_SUCCESS, Map.of("userId", verified.caller().id(), "expiresAt",
					verified.expiresAt()));
		}
		catch (TokenVerifier.InvalidTokenException e) {
			replies.send(session, ServerFrame.AUTH_FAILED, Map.of("code", "invalid-token", "message", e.getMessage()));
			close(session, CloseStatus.POLICY_VIOLATION);
		}
	}

	/**
	 * A fresh token for the same user, before the current one expires: the socket stays open, with
	 * the rights the account has now. A token that does not verify leaves the socket as it was.
	 */
	void reauthenticate(WebSocketSession session, Caller caller, String token) {
		TokenVerifier.Verified verified;
		try {
			verified = tokens.verify(token);
		}
		catch (TokenVerifier.InvalidTokenException e) {
			replies.error(session, e.getMessage(), "invalid-token", "reauthenticate", null);
			return;
		}
		if (!verified.caller().id().equals(caller.id())) {
			replies.error(session, "reauthenticate keeps the user; to switch users, authenticate.", "other-user",
					"reauthenticate", null);
			return;
		}
		SocketIdentity.set(session, verified);
		closeWhenExpired(session, verified.expiresAt());
		replies.send(session, ServerFrame.REAUTHENTICATED, Map.of("userId", caller.id(), "expiresAt",
				verified.expiresAt()));
	}

	/**
	 * Checks the socket against the rights its account has now, not those it had at authenticate;
	 * closes it and answers true when they are gone.
	 */
	boolean revoked(WebSocketSession session) {
		var revocation = SocketIdentity.revocation(session, rights, clock.instant());
		if (revocation == null) {
			return false;
		}
		registry.revoke(SocketReplies.decorated(session), revocation);
		return true;
	}

	/** The socket closed: its timer stops, and its user no longer hears frames on it. */
	void closed(WebSocketSession session) {
		SocketIdentity.expiryTimer(session, null);
		var caller = SocketIdentity.caller(session);
		if (caller != null) {
			leave(session, caller);
		}
	}

	private void leave(WebSocketSession session, Caller caller) {
		registry.remove(caller.id(), SocketReplies.decorated(session));
		presence.socketClosed(caller);
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
					registry.revoke(SocketReplies.decorated(session), Revocation.TOKEN_EXPIRED);
				}
			}, Instant.now().plus(in.isNegative() ? Duration.ZERO : in)));
		}
		catch (TaskRejectedException e) {
			// The node is stopping: its sockets are all about to close anyway.
		}
	}

	private static void close(WebSocketSession session, CloseStatus status) {
		try {
			session.close(status);
		}
		catch (IOException ignored) {
			// Already closed.
		}
	}
}
