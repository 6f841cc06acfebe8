package app.zetpay.support.language;

/**
 * Devanagari spelt in Roman letters the way Hinglish writers spell it ("पैसे कट गए" → "paise kat
 * gae", "पेमेंट" → "pement"), so Devanagari and Roman-letter Hindi meet the same glossary. Not a
 * scholarly transliteration (no diacritics): long vowels are doubled ("aa", "ee", "oo") and the
 * glossary folds them back. The table is small and ours; ICU's transliterator would cost the jar
 * about 14 MB for this one use.
 */
public final class Transliteration {

	private static final char VIRAMA = '\u094D';

	private static final char NUKTA = '\u093C';

	private Transliteration() {
	}

	/** The text with every Devanagari letter and digit in Roman letters; anything else unchanged. */
	public static String toLatin(String text) {
		var out = new StringBuilder(text.length() + 8);
		var n = text.length();
		for (int i = 0; i < n; i++) {
			var c = text.charAt(i);
			var consonant = consonant(c);
			if (consonant != null) {
				var at = i;
				if (i + 1 < n && text.charAt(i + 1) == NUKTA) {
					consonant = nukta(c, consonant);
					i++;
				}
				out.append(consonant);
				var next = i + 1 < n ? text.charAt(i + 1) : ' ';
				if (next == VIRAMA) {
					i++;
				}
				else if (next == '\u0902' || next == '\u0901' || next == '\u0903') {
					// A nasal or aspiration mark follows the spoken "a" ("फं" is "phan").
					out.append('a').append(sign(next));
					i++;
				}
				else if (sign(next) != null) {
					out.append(sign(next));
					i++;
				}
				else if (inherentVowelSpoken(text, at, i + 1)) {
					out.append('a');
				}
				continue;
			}
			var vowel = vowel(c);
			if (vowel != null) {
				out.append(vowel);
				continue;
			}
			var sign = sign(c);
			if (sign != null) {
				out.append(sign);
			}
			else if (c >= '\u0966' && c <= '\u096F') {
				out.append((char) ('0' + (c - '\u0966')));
			}
			else if (c == '\u0964' || c == '\u0965') {
				out.append('.');
			}
			else if (c >= '\u0900' && c <= '\u097F') {
				// Other marks (avagraha, Vedic signs) have no sound a customer would type.
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Whether text contains any Devanagari letter. */
	public static boolean hasDevanagari(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isDevanagariLetter(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean isDevanagariLetter(char c) {
		return c >= '\u0900' && c <= '\u097F' && !(c >= '\u0964' && c <= '\u096F');
	}

	/**
	 * Hindi drops the inherent "a" at the end of a word ("कट" is "kat") and between a vowel and a
	 * consonant that carries a vowel sign ("करना" is "karna"); before an anusvara or candrabindu it
	 * stays ("रिफंड" is "riphand"). {@code at} is the consonant, {@code next} the character after it.
	 */
	private static boolean inherentVowelSpoken(String text, int at, int next) {
		var afterVowel = at > 0 && endsInVowel(text.charAt(at - 1));
		if (next >= text.length() || !isDevanagariLetter(text.charAt(next))) {
			return at == 0 || !isDevanagariLetter(text.charAt(at - 1));
		}
		var c = text.charAt(next);
		if (consonant(c) == null) {
			return true;
		}
		var afterNext = next + 1 < text.length() ? text.charAt(next + 1) : ' ';
		if (afterNext == NUKTA) {
			afterNext = next + 2 < text.length() ? text.charAt(next + 2) : ' ';
		}
		var vowelFollows = sign(afterNext) != null && afterNext != '\u0902' && afterNext != '\u0901'
				&& afterNext != '\u0903';
		return !(afterVowel && vowelFollows);
	}

	/** Whether a character ends in a vowel sound: a vowel, a vowel sign, or a consonant saying its "a". */
	private static boolean endsInVowel(char c) {
		return vowel(c) != null || (sign(c) != null && c != '\u0902' && c != '\u0901' && c != '\u0903')
				|| consonant(c) != null;
	}

	private static String nukta(char base, String plain) {
		return switch (base) {
			case '\u0915' -> "q";
			case '\u091C' -> "z";
			case '\u092B' -> "f";
			case '\u0921', '\u0922' -> "r";
			default -> plain;
		};
	}

	private static String consonant(char c) {
		return switch (c) {
			case '\u0915' -> "k";
			case '\u0916' -> "kh";
			case '\u0917' -> "g";
			case '\u0918' -> "gh";
			case '\u0919' -> "n";
			case '\u091A' -> "ch";
			case '\u091B' -> "chh";
			case '\u091C' -> "j";
			case '\u091D' -> "jh";
			case '\u091E' -> "n";
			case '\u091F' -> "t";
			case '\u0920' -> "th";
			case '\u0921' -> "d";
			case '\u0922' -> "dh";
			case '\u0923' -> "n";
			case '\u0924' -> "t";
			case '\u0925' -> "th";
			case '\u0926' -> "d";
			case '\u0927' -> "dh";
			case '\u0928', '\u0929' -> "n";
			case '\u092A' -> "p";
			case '\u092B' -> "ph";
			case '\u092C' -> "b";
			case '\u092D' -> "bh";
			case '\u092E' -> "m";
			case '\u092F' -> "y";
			case '\u0930', '\u0931' -> "r";
			case '\u0932', '\u0933', '\u0934' -> "l";
			case '\u0935' -> "v";
			case '\u0936', '\u0937' -> "sh";
			case '\u0938' -> "s";
			case '\u0939' -> "h";
			case '\u0958' -> "q";
			case '\u0959' -> "kh";
			case '\u095A' -> "g";
			case '\u095B' -> "z";
			case '\u095C' -> "r";
			case '\u095D' -> "rh";
			case '\u095E' -> "f";
			case '\u095F' -> "y";
			default -> null;
		};
	}

	private static String vowel(char c) {
		return switch (c) {
			case '\u0905' -> "a";
			case '\u0906' -> "aa";
			case '\u0907' -> "i";
			case '\u0908' -> "ee";
			case '\u0909' -> "u";
			case '\u090A' -> "oo";
			case '\u090B' -> "ri";
			case '\u090D', '\u090E', '\u090F' -> "e";
			case '\u0910' -> "ai";
			case '\u0911', '\u0912', '\u0913' -> "o";
			case '\u0914' -> "au";
			default -> null;
		};
	}

	/** Vowel signs (matras) and the nasal and aspiration marks that follow a consonant. */
	private static String sign(char c) {
		return switch (c) {
			case '\u093E' -> "aa";
			case '\u093F' -> "i";
			case '\u0940' -> "ee";
			case '\u0941' -> "u";
			case '\u0942' -> "oo";
			case '\u0943' -> "ri";
			case '\u0945', '\u0946', '\u0947' -> "e";
			case '\u0948' -> "ai";
			case '\u0949', '\u094A', '\u094B' -> "o";
			case '\u094C' -> "au";
			case '\u0901', '\u0902' -> "n";
			case '\u0903' -> "h";
			default -> null;
		};
	}
}
