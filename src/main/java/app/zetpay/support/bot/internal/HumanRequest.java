package app.zetpay.support.bot.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Talk to a person", in the many ways customers say it. The intent model learns the phrasing too;
 * this catches the short, blunt forms a classifier trained on questions may not ("agent!!", "human
 * please") so a customer is never trapped with the bot.
 */
final class HumanRequest {

	private static final Pattern ASKS = Pattern.compile("""
			\\b(human|humans|real\\s+person|a\\s+person|live\\s+person|actual\\s+person|somebody\\s+real|someone\\s+real\
			|(customer\\s+)?(care|support)\\s+(executive|agent|team|person|representative)|executive|representative\
			|operator|live\\s+agent|an\\s+agent|agent\\s+please|talk\\s+to\\s+(someone|somebody|support)\
			|speak\\s+(to|with)\\s+(someone|somebody|support)|call\\s+me(\\s+back)?|not\\s+a\\s+bot|stop\\s+the\\s+bot\
			|no\\s+more\\s+bot|connect\\s+me)\\b""", Pattern.CASE_INSENSITIVE);

	private HumanRequest() {
	}

	static boolean isAsked(String text) {
		var lower = text.toLowerCase(Locale.ROOT).strip();
		var bare = lower.replaceAll("[^a-z ]", "").strip();
		return bare.equals("agent") || bare.equals("human") || bare.equals("person") || ASKS.matcher(lower).find();
	}
}
