package app.zetpay.support.identity;

import org.jspecify.annotations.Nullable;

/**
 * Verifies a bearer token outside an HTTP request, for the WebSocket {@code authenticate} frame.
 * Same rules as the HTTP routes: signature, issuer, expiry, and for agents a live, enabled account.
 */
public interface TokenVerifier {

	/**
	 * The verified caller, when their token stops working, and its id ({@code jti}) when it has one:
	 * signing out revokes a token by its id.
	 */
	record Verified(Caller caller, java.time.Instant expiresAt, @Nullable String tokenId) {
	}

	/**
	 * @throws InvalidTokenException when the token is malformed, expired, from an unknown issuer or key,
	 *     or belongs to a disabled account
	 */
	Verified verify(String bearerToken);

	final class InvalidTokenException extends RuntimeException {

		public InvalidTokenException(String message) {
			super(message);
		}
	}
}
