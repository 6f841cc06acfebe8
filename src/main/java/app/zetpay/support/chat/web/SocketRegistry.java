package app.zetpay.support.chat.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.internal.Frames;
import app.zetpay.support.chat.internal.LocalSockets;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.json.JsonMapper;

/**
 * The authenticated sockets on this node, by user. A user may hold several (phone and web); each
 * gets every frame. Sessions are registered already wrapped for concurrent sends with a bounded
 * buffer, so a slow client is disconnected instead of growing memory.
 */
@Component
class SocketRegistry implements LocalSockets {

	private static final Logger log = LoggerFactory.getLogger(SocketRegistry.class);

	/** Nobody to tell until a fan-out that routes by node registers (the in-process one does not). */
	private static final Users NOBODY = new Users() {

		@Override
		public void connected(String userId) {
		}

		@Override
		public void disconnected(String userId) {
		}
	};

	private final ConcurrentHashMap<String, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();
	private final StaffRights rights;
	private final JsonMapper json;
	private final Clock clock;
	private volatile Users users = NOBODY;

	SocketRegistry(MeterRegistry meters, StaffRights rights, JsonMapper json, Clock clock) {
		this.rights = rights;
		this.json = json;
		this.clock = clock;
		Gauge.builder("support.chat.sockets", byUser, users -> users.values().stream().mapToInt(Set::size).sum())
				.description("Authenticated chat sockets open on this node").register(meters);
	}

	void add(String userId, WebSocketSession session) {
		byUser.compute(userId, (id, sessions) -> {
			var result = sessions == null ? ConcurrentHashMap.<WebSocketSession>newKeySet() : sessions;
			if (sessions == null) {
				users.connected(userId);
			}
			result.add(session);
			return result;
		});
	}

	void remove(String userId, WebSocketSession session) {
		byUser.computeIfPresent(userId, (id, sessions) -> {
			sessions.remove(session);
			if (sessions.isEmpty()) {
				users.disconnected(userId);
				return null;
			}
			return sessions;
		});
	}

	@Override
	public void whenUsersChange(Users users) {
		this.users = users;
	}

	boolean isOnline(String userId) {
		return byUser.containsKey(userId);
	}

	/**
	 * Every push is authorised against the socket's current rights, not those it authenticated with:
	 * a socket whose token expired, or whose agent was disabled or changed, is closed instead.
	 */
	@Override
	public void deliver(Set<String> userIds, String frame) {
		var message = new TextMessage(frame);
		var now = clock.instant();
		for (var userId : userIds) {
			var sessions = byUser.get(userId);
			if (sessions == null) {
				continue;
			}
			for (var session : sessions) {
				var revocation = SocketIdentity.revocation(session, rights, now);
				if (revocation == null) {
					send(session, message);
				}
				else {
					revoke(session, revocation);
				}
			}
		}
	}

	@Override
	public void recheck(String userId, @Nullable String revokedTokenId) {
		rights.evict(userId);
		var sessions = byUser.get(userId);
		if (sessions == null) {
			return;
		}
		var now = clock.instant();
		for (var session : sessions) {
			var revocation = revokedTokenId != null && revokedTokenId.equals(SocketIdentity.tokenId(session))
					? Revocation.SIGNED_OUT : SocketIdentity.revocation(session, rights, now);
			if (revocation != null) {
				revoke(session, revocation);
			}
		}
	}

	/** Tells the client why, then closes with 1008; closing unregisters the socket and its presence. */
	void revoke(WebSocketSession session, Revocation revocation) {
		var caller = SocketIdentity.caller(session);
		log.info("Closing socket {} of {}: {}", session.getId(), caller == null ? "?" : caller.id(), revocation.code());
		send(session, new TextMessage(Frames.json(json, ServerFrame.AUTH_FAILED,
				Map.of("code", revocation.code(), "message", revocation.message()))));
		try {
			session.close(CloseStatus.POLICY_VIOLATION.withReason(revocation.code()));
		}
		catch (IOException | RuntimeException e) {
			// Already closed.
		}
	}

	static void send(WebSocketSession session, TextMessage message) {
		if (!session.isOpen()) {
			return;
		}
		try {
			session.sendMessage(message);
		}
		catch (IOException | RuntimeException e) {
			// The decorator closes a socket whose buffer overflowed; the client resumes when it reconnects.
			log.debug("Dropping frame to socket {}: {}", session.getId(), e.getMessage());
			try {
				session.close(CloseStatus.SESSION_NOT_RELIABLE);
			}
			catch (IOException ignored) {
				// Already gone.
			}
		}
	}
}
