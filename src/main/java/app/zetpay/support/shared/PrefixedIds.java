package app.zetpay.support.shared;

/**
 * The shape of the service's own ids: a short prefix and a random UUID's 32 lower-case hex digits
 * ({@code cnv_…}, {@code agt_…}). Checked by hand rather than with a regular expression because ids
 * are checked on every message a socket sends and every row the chat writer reads (issue 18: the
 * regular expressions were 5 % of the chat path's Java samples).
 */
public final class PrefixedIds {

	private static final int HEX_DIGITS = 32;

	private PrefixedIds() {
	}

	/** Whether {@code candidate} is {@code prefix} followed by exactly 32 digits 0-9 or a-f. */
	public static boolean hasShape(String candidate, String prefix) {
		if (candidate == null || candidate.length() != prefix.length() + HEX_DIGITS || !candidate.startsWith(prefix)) {
			return false;
		}
		for (int i = prefix.length(); i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
				return false;
			}
		}
		return true;
	}
}
