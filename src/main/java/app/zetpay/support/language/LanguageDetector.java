package app.zetpay.support.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The language of one customer message, offline and in microseconds. Devanagari letters decide
 * Hindi. Roman letters are Hinglish when Hindi words outweigh English ones: a word list of what
 * Hinglish writers use around payment words (grammar words, verbs, question words, Zet Pay
 * vocabulary), with character patterns of Hindi spelling for the words it does not list. Anything
 * with no evidence either way ("ok", "refund?", "500") is English, the help centre's own language.
 */
@Component
public class LanguageDetector {

	/** Devanagari from this share of the letters on is Hindi ("UPI PIN भूल गया" is). */
	private static final double DEVANAGARI_SHARE = 0.2;

	/** Words that mark Hindi in Roman letters; none is also a common English word. */
	private static final Set<String> HINDI = Set.of("hai", "h", "hain", "hu", "hun", "hoon", "ka", "ki", "ke", "ko",
			"se", "mein", "ne", "pr", "pe", "bhi", "ab", "abhi", "tak", "tk", "aur", "lekin", "magar", "fir", "phir",
			"mera", "mere", "meri", "mujhe", "muje", "maine", "mene", "apna", "apni", "apne", "humne", "aap", "tum", "ye",
			"yeh", "wo", "woh", "kya", "kyu", "kyun", "kyon", "kab", "kaise", "kese", "kaha", "kahan", "kitna", "kitne",
			"kitni", "kaunse", "konse", "koi", "kuch", "kisi", "sab", "bas", "ji", "bhai", "bhaiya", "yaar", "raha", "rha",
			"rahe", "rhe", "rahi", "rhi", "tha", "thi", "hua", "hui", "hue", "hota", "hoga", "hogi", "gaya", "gya", "gaye",
			"gye", "gayi", "gae", "kar", "kr", "karo", "kro", "karna", "krna", "karni", "kare", "kru", "karu", "kiya",
			"kiye", "diya", "diye", "liya", "liye", "wala", "wale", "wali", "baar", "sakte", "sakta", "jata", "jaye",
			"nahi", "nhi", "nahin", "paise", "paisa", "pese", "wapas", "vapas", "kat", "kate", "bheja", "bheje", "bhej",
			"bhool", "bhul", "galat", "galti", "aaya", "aya", "aaye", "aayega", "milega", "mila", "mile", "chahiye",
			"namaste", "dhanyavad", "dhanyawad", "shukriya", "theek", "thik", "acha", "accha", "suno", "hogya", "ho",
			"khata", "khate", "dikha", "dikh", "batao", "bataye", "karke", "krke", "chal", "chale", "chala", "nikle",
			"nikale", "gum", "kho", "chori", "insaan", "aadmi", "banda", "baat", "jawab", "din", "hafte", "ghante",
			"mahine", "saal", "dusre", "naya", "naye", "nayi", "purana", "band", "hoti", "de", "dijiye", "jayega",
			"aata", "aati", "khul", "atka", "ruka", "pata", "zaroori", "jaruri", "kaunsi", "sath", "saath", "waqt",
			"baad", "pehle", "bola", "bol", "lagta", "lagti", "lag", "dala", "dale", "daale", "daalu", "hona", "jisko",
			"usko", "jo", "wapis", "dhokha", "anjaan", "bina", "nakli", "ni", "hogaya", "kal", "aaj", "seedha", "laga",
			"lagi", "lage");

	/** Common English words that are not Hindi; a message of these is English even with a Hindi word. */
	private static final Set<String> ENGLISH = Set.of("the", "is", "my", "i", "it", "was", "not", "and", "for", "of",
			"in", "on", "but", "have", "has", "did", "does", "how", "what", "why", "when", "where", "can", "you", "your",
			"this", "that", "am", "are", "be", "got", "get", "been", "a", "an", "with", "from", "still", "yet", "no",
			"will", "would", "could", "should", "there", "their", "they", "we", "our", "which", "who", "its", "didnt",
			"dont", "doesnt", "cant", "wont", "isnt", "im", "want", "need", "please", "help", "money", "back", "again",
			"just", "after", "before", "since", "said", "says", "shows", "showing", "keeps", "new", "some", "any", "all",
			"do", "to", "me", "by", "if", "so", "at", "or", "as", "up", "out", "about", "into", "than", "then", "now",
			"here", "know", "tell", "happened", "received", "sent", "paid", "made", "lost", "stolen", "days",
			"weeks", "hour", "hours", "yesterday", "today", "someone", "else", "wrong", "twice", "same", "one", "two");

	/**
	 * Spelling patterns of Hindi in Roman letters that English rarely has ("aa", "bh", word-final
	 * "iye"); they only add to a message that has a listed Hindi word.
	 */
	private static final Pattern HINDI_SPELLING = Pattern.compile("aa|bh|kh|jh|chh|yaa|iye$|ega$|enge$");

	/** The language of {@code text}. */
	public Language detect(String text) {
		int devanagari = 0, latin = 0;
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (Transliteration.isDevanagariLetter(c)) {
				devanagari++;
			}
			else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
				latin++;
			}
		}
		if (devanagari > 0 && devanagari >= DEVANAGARI_SHARE * (devanagari + latin)) {
			return Language.HINDI;
		}
		return hinglishScore(text) > 0 ? Language.HINGLISH : Language.ENGLISH;
	}

	/**
	 * The text for something that understands English only (the help centre's search, the bot's
	 * intents): Hindi in either script as its {@link EnglishGloss}, English as typed.
	 */
	public String inEnglish(String text) {
		if (!detect(text).isHindi()) {
			return text;
		}
		var gloss = EnglishGloss.of(text);
		return gloss.isBlank() ? text : gloss;
	}

	/**
	 * Hindi evidence minus English evidence over the Roman-letter words of {@code text}. Every customer
	 * message of every chat passes here on the chat's write path, so the words are cut by hand rather
	 * than by a regular expression, and the spelling patterns run only once a listed Hindi word makes
	 * them count (without one the score is 0 whatever they find): together 7.5 % of the server's CPU at
	 * 1,000 msg/s before (issue 18).
	 */
	static double hinglishScore(String text) {
		var lower = text.toLowerCase(Locale.ROOT);
		double hindi = 0, english = 0;
		var hindiWords = 0;
		List<String> unlisted = null;
		for (int at = 0, end; at < lower.length(); at = end) {
			var start = at;
			while (start < lower.length() && !isWordChar(lower.codePointAt(start))) {
				start += Character.charCount(lower.codePointAt(start));
			}
			end = start;
			while (end < lower.length() && isWordChar(lower.codePointAt(end))) {
				end += Character.charCount(lower.codePointAt(end));
			}
			if (end == start) {
				break;
			}
			var word = lower.substring(start, end);
			if (HINDI.contains(word)) {
				hindi += 1;
				hindiWords++;
			}
			else if (ENGLISH.contains(word)) {
				english += 1;
			}
			else {
				if (unlisted == null) {
					unlisted = new ArrayList<>();
				}
				unlisted.add(word);
			}
		}
		// Spelling alone is not enough: names and words like "Bhatt" or "Khan" are English text too.
		if (hindiWords == 0) {
			return 0;
		}
		if (unlisted != null) {
			for (var word : unlisted) {
				if (HINDI_SPELLING.matcher(word).find()) {
					hindi += 0.5;
				}
			}
		}
		return hindi - english;
	}

	static boolean isListedHindi(String word) {
		return HINDI.contains(word);
	}

	static boolean isListedEnglish(String word) {
		return ENGLISH.contains(word);
	}

	/** What {@code [\p{L}\p{M}\p{N}]} matches: letters, marks (Devanagari vowel signs) and numbers,
	 * together, so "1h" is not the Hinglish "h". */
	private static boolean isWordChar(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
					Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
	}
}
