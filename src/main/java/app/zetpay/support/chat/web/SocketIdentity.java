package app.zetpay.support.chat.web;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.WebSocketSession;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.TokenVerifier;

/**
 * Who a socket was authenticated as, with which token and until when, kept in the session's
 * attributes (shared by the raw session and its concurrent-send decorator).
 */
final class SocketIdentity {

	private static final String CALLER = "caller";
	private static final String EXPIRES_AT = "expiresAt";
	private static final String TOKEN_ID = "tokenId";
	private static final String EXPIRY = "expiry";
	private static final String ISSUED_AT = "issuedAt";

	private SocketIdentity() {
	}

	static void set(WebSocketSession session, TokenVerifier.Verified verified) {
		var attributes = session.getAttributes();
		attributes.put(CALLER, verified.caller());
		attributes.put(EXPIRES_AT, verified.expiresAt());
		if (verified.tokenId() == null) {
			attributes.remove(TOKEN_ID);
		}
		else {
			attributes.put(TOKEN_ID, verified.tokenId());
		}
		if (verified.issuedAt() == null) {
			attributes.remove(ISSUED_AT);
		}
		else {
			attributes.put(ISSUED_AT, verified.issuedAt());
		}
	}

	static @Nullable Instant issuedAt(WebSocketSession session) {
		return session.getAttributes().get(ISSUED_AT) instanceof Instant at ? at : null;
	}

	static @Nullable Caller caller(WebSocketSession session) {
		return session.getAttributes().get(CALLER) instanceof Caller caller ? caller : null;
	}

	static @Nullable Instant expiresAt(WebSocketSession session) {
		return session.getAttributes().get(EXPIRES_AT) instanceof Instant at ? at : null;
	}

	static @Nullable String tokenId(WebSocketSession session) {
		return session.getAttributes().get(TOKEN_ID) instanceof String id ? id : null;
	}

	/** The timer that closes the socket when its token expires; replaces (and cancels) the previous one. */
	static void expiryTimer(WebSocketSession session, @Nullable ScheduledFuture<?> timer) {
		var previous = timer == null ? session.getAttributes().remove(EXPIRY)
				: session.getAttributes().put(EXPIRY, timer);
		if (previous instanceof ScheduledFuture<?> running) {
			running.cancel(false);
		}
	}

	/**
	 * Null while an authenticated socket may go on: token not expired, staff rights unchanged, no
	 * password reset or change since the token was issued.
	 */
	static @Nullable Revocation revocation(WebSocketSession session, StaffRights rights, Instant now) {
		var expiresAt = expiresAt(session);
		if (expiresAt != null && !now.isBefore(expiresAt)) {
			return Revocation.TOKEN_EXPIRED;
		}
		return caller(session) instanceof Caller.Staff staff ? rights.check(staff, issuedAt(session)) : null;
	}
}
