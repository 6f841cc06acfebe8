package app.zetpay.support.bot.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an angry message from a merely unhappy one, so an angry customer reaches a person at once.
 * A small lexicon plus the shouting signs (capitals, repeated exclamation marks): no model needed, and
 * every rule is visible in one place.
 */
final class Sentiment {

	private static final Set<String> ANGRY_WORDS = Set.of("useless", "pathetic", "worst", "rubbish", "nonsense",
			"ridiculous", "disgusting", "horrible", "terrible", "cheat", "cheaters", "cheating", "scam", "scammers",
			"thieves", "thief", "looted", "fraudsters", "idiot", "idiots", "stupid", "damn", "hell", "wtf", "bloody",
			"furious", "angry", "fed", "sick", "hate", "shame", "shameful", "joke", "incompetent", "unacceptable",
			"harassment", "harassing", "consumer", "court", "police", "complaint", "ombudsman");

	private static final Set<String> INTENSIFIERS = Set.of("very", "so", "totally", "absolutely", "completely",
			"really", "extremely");

	private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

	private Sentiment() {
	}

	static boolean isAngry(String text) {
		var score = 0;
		var matcher = WORD.matcher(text);
		var letters = 0;
		var capitals = 0;
		var previousIntensifier = false;
		while (matcher.find()) {
			var word = matcher.group();
			var lower = word.toLowerCase(Locale.ROOT);
			if (ANGRY_WORDS.contains(lower)) {
				score += previousIntensifier ? 3 : 2;
			}
			previousIntensifier = INTENSIFIERS.contains(lower);
			if (word.length() > 1) {
				letters += word.length();
				capitals += (int) word.chars().filter(Character::isUpperCase).count();
			}
		}
		if (letters >= 12 && capitals * 10 >= letters * 7) {
			score += 2; // SHOUTING
		}
		if (text.contains("!!!") || text.contains("???")) {
			score += 1;
		}
		// "worst" alone is a complaint about something; anger is two signs together.
		return score >= 3;
	}
}
