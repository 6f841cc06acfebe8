package app.zetpay.support.tickets.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import app.zetpay.support.shared.ProblemException;

/**
 * Checks a payments webhook the way Stripe's are checked: HMAC-SHA256 over
 * {@code "<timestamp>.<raw body>"} with a shared secret, compared in constant time, and the signed
 * timestamp within a tolerance of now so a captured request cannot be replayed later.
 */
final class WebhookSignature {

	private static final String SCHEME = "sha256=";

	private final byte[] secret;
	private final Duration tolerance;
	private final Clock clock;

	WebhookSignature(String secret, Duration tolerance, Clock clock) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tolerance = tolerance;
		this.clock = clock;
	}

	void verify(@Nullable String timestamp, @Nullable String signature, byte[] body) {
		if (timestamp == null || signature == null || !signature.startsWith(SCHEME)) {
			throw refused("Missing X-Zetpay-Timestamp or X-Zetpay-Signature: sha256=<hex>.");
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException e) {
			throw refused("X-Zetpay-Timestamp must be Unix seconds.");
		}
		var skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
		if (skew.compareTo(tolerance) > 0) {
			throw refused("The signed timestamp is too far from now.");
		}
		byte[] presented;
		try {
			presented = HexFormat.of().parseHex(signature.substring(SCHEME.length()).strip());
		}
		catch (IllegalArgumentException e) {
			throw refused("The signature is not hexadecimal.");
		}
		if (!MessageDigest.isEqual(presented, sign(timestamp.strip(), body))) {
			throw refused("The signature does not match.");
		}
	}

	byte[] sign(String timestamp, byte[] body) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ProblemException refused(String detail) {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid-signature", detail);
	}
}
