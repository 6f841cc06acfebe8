package app.zetpay.support.identity;

import java.util.Locale;
import java.util.regex.Pattern;

import app.zetpay.support.shared.InvalidFieldException;

/** A team agents belong to and conversations are routed to, e.g. {@code payments}, {@code cards}. */
public record TeamName(String value) {

	private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public TeamName {
		value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!SHAPE.matcher(value).matches()) {
			throw new InvalidFieldException("teams",
					"team names are 1-40 letters, digits or dashes, starting with a letter or digit");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
