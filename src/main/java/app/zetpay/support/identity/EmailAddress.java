package app.zetpay.support.identity;

import java.util.Locale;
import java.util.regex.Pattern;

import app.zetpay.support.shared.InvalidFieldException;

/** A sign-in email, kept lower-case so "Asha@…" and "asha@…" are one account. */
public record EmailAddress(String value) {

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	public EmailAddress {
		value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
			throw new InvalidFieldException("email", "must be an email address");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
