package app.zetpay.support.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * Hindi customer text (either script) in the English words Zet Pay's help centre and bot know:
 * "paise kat gaye par payment fail" → "money debited payment failed", "यूपीआई पिन भूल गया" → "upi
 * pin forgot". A gloss, not a translation: Hindi grammar words are dropped, Zet Pay's Hinglish
 * vocabulary (language/glossary.tsv) becomes English, and English words pass unchanged. A word
 * the glossary does not know is matched by its consonants to a known payment word, which is how
 * "pymnt" and Devanagari "पेमेंट" (spelt "pement") both become "payment".
 */
public final class EnglishGloss {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private static final int LONGEST_PHRASE = 4;

	/**
	 * Spellings of the commonest grammar words, one per word, so a phrase listed once ("nahi aaya")
	 * also matches "nhi aaya" and Devanagari "नहीं आया" ("naheen aayaa").
	 */
	private static final Map<String, String> SAME_WORD = sameWords(List.of(
			List.of("nahi", "nahin", "nhi", "ni", "nai"),
			List.of("gaya", "gya", "gaye", "gye", "gae", "gayi", "gai", "gayi"),
			List.of("hai", "h", "hain", "he", "hei", "hay"),
			List.of("kar", "kr"),
			List.of("raha", "rha", "rahe", "rhe", "rahi", "rhi"),
			List.of("kiya", "kiye", "ki", "kia"),
			List.of("maine", "mene", "mainne")));

	private static Map<String, String> sameWords(List<List<String>> groups) {
		var same = new HashMap<String, String>();
		for (var group : groups) {
			group.forEach(word -> same.putIfAbsent(fold(word), fold(group.getFirst())));
		}
		return Map.copyOf(same);
	}

	/** Loaded after {@link #SAME_WORD}, which its keys use. */
	private static final Glossary GLOSSARY = Glossary.load("language/glossary.tsv");

	private EnglishGloss() {
	}

	/** The English gloss of a Hindi or Hinglish text; an English text comes back nearly as it was. */
	public static String of(String text) {
		var words = new ArrayList<String>();
		var matcher = WORD.matcher(Transliteration.toLatin(text).toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		var out = new StringBuilder();
		for (int i = 0; i < words.size();) {
			var matched = 0;
			for (int length = Math.min(LONGEST_PHRASE, words.size() - i); length >= 1 && matched == 0; length--) {
				var english = GLOSSARY.english(words.subList(i, i + length));
				if (english != null) {
					append(out, english);
					matched = length;
				}
			}
			if (matched == 0) {
				var word = words.get(i);
				if (!word.chars().allMatch(Character::isDigit)) {
					append(out, GLOSSARY.bySkeleton(word));
				}
				matched = 1;
			}
			i += matched;
		}
		return out.toString();
	}

	private static void append(StringBuilder out, String words) {
		if (words.isEmpty()) {
			return;
		}
		if (!out.isEmpty()) {
			out.append(' ');
		}
		out.append(words);
	}

	/** Folded spellings ("paisee", "paise" → "paise") to English, and payment words by their consonants. */
	private record Glossary(Map<String, String> english, Map<String, String> bySkeleton) {

		static Glossary load(String resource) {
			try {
				var english = new HashMap<String, String>();
				var bySkeleton = new HashMap<String, String>();
				var lines = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines().toList();
				for (var line : lines) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					var columns = line.split("\t", -1);
					var meaning = columns.length > 1 ? columns[1].strip() : "";
					for (var form : columns[0].split(",")) {
						var words = List.of(form.strip().split(" +"));
						english.putIfAbsent(key(words), meaning);
						// A single payment word is also known by its consonants, for spellings not listed.
						if (words.size() == 1 && !meaning.isEmpty() && !meaning.contains(" ")) {
							var skeleton = skeleton(words.getFirst());
							if (skeleton.length() >= 3) {
								bySkeleton.putIfAbsent(skeleton, meaning);
							}
						}
					}
				}
				return new Glossary(Map.copyOf(english), Map.copyOf(bySkeleton));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		String english(List<String> words) {
			return english.get(key(words));
		}

		String bySkeleton(String word) {
			var skeleton = skeleton(word);
			return skeleton.length() >= 3 ? bySkeleton.getOrDefault(skeleton, word) : word;
		}

		private static String key(List<String> words) {
			var key = new StringBuilder();
			for (var word : words) {
				if (!key.isEmpty()) {
					key.append(' ');
				}
				var folded = fold(word);
				key.append(SAME_WORD.getOrDefault(folded, folded));
			}
			return key.toString();
		}
	}

	/**
	 * One spelling for the ways a word is written in Roman letters: long vowels single ("aa" → "a",
	 * "ee" → "i", "oo" → "u"), "w" as "v", "ph" as "f", doubled letters single.
	 */
	static String fold(String word) {
		var folded = word.toLowerCase(Locale.ROOT).replace("ee", "i").replace("oo", "u").replace('w', 'v')
				.replace("ph", "f");
		var out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			var c = folded.charAt(i);
			if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The first letter and the consonants after it, of the folded word ("payment" → "pmnt"). */
	static String skeleton(String word) {
		var folded = fold(word);
		if (folded.isEmpty()) {
			return folded;
		}
		var out = new StringBuilder().append(folded.charAt(0));
		for (int i = 1; i < folded.length(); i++) {
			var c = folded.charAt(i);
			if ("aeiouyh".indexOf(c) < 0 && out.charAt(out.length() - 1) != c) {
				out.append(c);
			}
		}
		return out.toString();
	}
}
