package app.zetpay.support.console.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.zetpay.support.shared.InvalidFieldException;

/**
 * The placeholders a canned response may hold, written {@code {{customer.name}}}: checked when the
 * response is saved (an unknown one is a 400, not a surprise in front of a customer) and filled on
 * the server for a conversation before the agent sends it.
 */
final class Placeholders {

	static final List<String> KNOWN = List.of("customer.name", "customer.id", "agent.name", "conversation.id",
			"conversation.topic");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	private Placeholders() {
	}

	/** Throws a 400 naming the first placeholder that is not one of {@link #KNOWN}. */
	static void check(String text) {
		var matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (!KNOWN.contains(matcher.group(1))) {
				throw new InvalidFieldException("text", "unknown placeholder {{" + matcher.group(1) + "}}; known: "
						+ String.join(", ", KNOWN.stream().map(k -> "{{" + k + "}}").toList()));
			}
		}
	}

	/** The text with every placeholder replaced by its value (all of {@link #KNOWN} must be given). */
	static String fill(String text, Map<String, String> values) {
		return PLACEHOLDER.matcher(text)
				.replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
	}
}
