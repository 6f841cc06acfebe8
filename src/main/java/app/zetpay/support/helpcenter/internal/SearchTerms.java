package app.zetpay.support.helpcenter.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import app.zetpay.support.shared.ControlCharacters;

/**
 * A search as analytics keep it: what admins read in "top searches" and "searches with no result",
 * so the same question typed twice counts once and nobody's stray control characters or pasted
 * essay reach the admin screen.
 */
final class SearchTerms {

	/** Longer searches are cut here; the column takes 200 and nobody reads further in a report. */
	static final int MAX_LENGTH = 100;

	private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private SearchTerms() {
	}

	/** Control characters removed, whitespace collapsed and trimmed, lower-cased, at most 100 characters. */
	static String normalise(String query) {
		var clean = WHITESPACE.matcher(ControlCharacters.strip(query)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
		if (clean.codePointCount(0, clean.length()) <= MAX_LENGTH) {
			return clean;
		}
		return clean.substring(0, clean.offsetByCodePoints(0, MAX_LENGTH)).strip();
	}
}
