package app.zetpay.support.shared;

/**
 * Control characters in text people send (NUL, escape, backspace, C1 controls …), which no message,
 * name or ticket needs and PostgreSQL refuses outright (NUL), while H2 stores them: one rule for
 * both. Line breaks and tabs are text and stay.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static boolean isForbidden(int c) {
		return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
	}

	public static boolean present(CharSequence text) {
		return text.chars().anyMatch(ControlCharacters::isForbidden);
	}

	/** The text without them; the same instance when there is none, which is nearly always. */
	public static String strip(String text) {
		if (!present(text)) {
			return text;
		}
		var clean = new StringBuilder(text.length());
		text.codePoints().filter(c -> !isForbidden(c)).forEach(clean::appendCodePoint);
		return clean.toString();
	}
}
