package app.zetpay.support.identity.internal;

import java.nio.charset.StandardCharsets;

import app.zetpay.support.shared.InvalidFieldException;

/**
 * A new password as chosen by an admin. BCrypt reads at most 72 bytes, so longer ones are refused
 * rather than silently cut.
 */
public record Password(String value) {

	public static final int MIN_LENGTH = 10;

	public Password {
		check("password", value);
	}

	/** The same rules, reported under the request's own field name ({@code newPassword}). */
	static Password of(String field, String value) {
		check(field, value);
		return new Password(value);
	}

	private static void check(String field, String value) {
		if (value == null || value.length() < MIN_LENGTH) {
			throw new InvalidFieldException(field, "must be at least " + MIN_LENGTH + " characters");
		}
		if (value.getBytes(StandardCharsets.UTF_8).length > 72) {
			throw new InvalidFieldException(field, "must be at most 72 bytes");
		}
		if (value.isBlank()) {
			throw new InvalidFieldException(field, "must not be blank");
		}
	}

	@Override
	public String toString() {
		return "Password[****]";
	}
}
