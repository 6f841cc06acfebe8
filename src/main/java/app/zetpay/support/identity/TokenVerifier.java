package app.zetpay.support.identity;

/**
 * Verifies a bearer token outside an HTTP request, for the WebSocket {@code authenticate} frame.
 * Same rules as the HTTP routes: signature, issuer, expiry, and for agents a live, enabled account.
 */
public interface TokenVerifier {

	/** The verified caller and when their token stops working. */
	record Verified(Caller caller, java.time.Instant expiresAt) {
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
