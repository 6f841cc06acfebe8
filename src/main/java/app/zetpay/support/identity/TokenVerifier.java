package app.zetpay.support.identity;

import org.jspecify.annotations.Nullable;

/**
 * Verifies a bearer token outside an HTTP request, for the WebSocket {@code authenticate} frame.
 * Same rules as the HTTP routes: signature, issuer, expiry, and for agents a live, enabled account.
 */
public interface TokenVerifier {

	/**
	 * The verified caller, when their token stops working, and its id ({@code jti}) when it has one:
	 * signing out revokes a token by its id. {@code issuedAt}: a password reset or change refuses the
	 * tokens issued before it, open sockets included.
	 */
	record Verified(Caller caller, java.time.Instant expiresAt, @Nullable String tokenId,
			java.time.@Nullable Instant issuedAt) {
	}

	/**
	 * @throws InvalidTokenException when the token is malformed, expired, from an unknown issuer or key,
	 *     or belongs to a disabled account or one that must choose its password first
	 */
	Verified verify(String bearerToken);

	final class InvalidTokenException extends RuntimeException {

		public InvalidTokenException(String message) {
			super(message);
		}
	}
}
