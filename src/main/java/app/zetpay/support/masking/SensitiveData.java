package app.zetpay.support.masking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Hides payment secrets that customers type into chat messages and ticket texts, so a card number,
 * CVV, UPI PIN, OTP or Aadhaar number is never stored or delivered in the clear (PCI DSS 3.3).
 * <p>
 * Ordinary payment chat must stay readable for the agent, so each kind needs more than "some
 * digits": a card number must pass Luhn, an Aadhaar number Verhoeff, and the short secrets need a
 * naming word ("cvv", "otp", "upi pin") a few characters away. Amounts, dates, times, phone
 * numbers, UTRs and transaction ids therefore stay as typed. One pass without regular
 * expressions, so a long paste costs linear time.
 */
public final class SensitiveData {

	public enum Kind {

		CARD_NUMBER("a card number"), CVV("a CVV"), UPI_PIN("a UPI PIN"), OTP("an OTP"),
		AADHAAR("an Aadhaar number");

		private final String noun;

		Kind(String noun) {
			this.noun = noun;
		}
	}

	/** The text as it may be stored, and which kinds of secret were hidden in it. */
	public record Masked(String text, Set<Kind> found) {

		public Masked {
			Objects.requireNonNull(text, "text");
			found = found.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(found));
		}

		public boolean changed() {
			return !found.isEmpty();
		}
	}

	/** How many characters may separate a naming word from the number it names ("otp is 4829"). */
	private static final int REACH = 20;

	/** Words allowed between a number and a naming word after it: "482913 is my otp". */
	private static final Set<String> FILLERS = Set.of("is", "was", "my", "the", "your", "ur", "our", "this", "that",
			"as", "its");

	/** Longest first, so "pin code" wins over "pin" and "card verification" over "verification code". */
	private static final List<Cue> CUES = cues();
	/**
	 * The cues by their first letter (a-z), longest first within each: a word is compared with the few
	 * that could start it, not all of them (issue 18: comparing every word with every cue was a sixth
	 * of the chat sockets' Java samples on a message with a number in it).
	 */
	private static final List<List<Cue>> CUES_BY_FIRST_LETTER = byFirstLetter(CUES);

	private SensitiveData() {
	}

	public static Masked mask(String text) {
		Objects.requireNonNull(text, "text");
		return new Scan(text).run();
	}

	/** One sentence for a system note next to the masked message; empty when nothing was hidden. */
	public static String explanation(Set<Kind> found) {
		var nouns = Arrays.stream(Kind.values()).filter(found::contains).map(kind -> kind.noun).toList();
		if (nouns.isEmpty()) {
			return "";
		}
		var listed = nouns.size() == 1 ? nouns.getFirst()
				: String.join(", ", nouns.subList(0, nouns.size() - 1)) + " and " + nouns.getLast();
		return "We hid " + listed + ": never share " + (nouns.size() == 1 ? "it" : "these")
				+ ", not even with Zet Pay staff.";
	}

	/** Whether a word names a kind, only hints at it (the generic "code is"), or rules it out. */
	private enum Role {
		NAMES, HINTS, RULES_OUT
	}

	/** A word or phrase; a space in it matches any run of spaces or dashes ("one-time password"). */
	private record Cue(String phrase, Kind kind, Role role) {
	}

	private static List<Cue> cues() {
		var cues = new ArrayList<Cue>();
		add(cues, Kind.CVV, Role.NAMES, "cvv", "cvv2", "cvc", "cvc2", "security code", "card verification");
		add(cues, Kind.UPI_PIN, Role.NAMES, "upi pin", "mpin", "m pin", "pin");
		// "PIN" is also India's postal code; "pincode 560001" is an address, not a secret.
		add(cues, Kind.UPI_PIN, Role.RULES_OUT, "pincode", "pin code", "postal code", "postcode", "zip code", "zip");
		add(cues, Kind.OTP, Role.NAMES, "otp", "one time password", "verification code");
		add(cues, Kind.OTP, Role.HINTS, "code is");
		add(cues, Kind.AADHAAR, Role.NAMES, "aadhaar", "aadhar", "uid", "uidai");
		// Agents need UTRs, order, account and phone numbers; one in ten of them passes Verhoeff by chance.
		add(cues, Kind.AADHAAR, Role.RULES_OUT, "utr", "rrn", "ref", "reference", "txn", "transaction", "order",
				"account", "a/c", "acct", "phone", "mobile", "whatsapp", "call");
		cues.sort(Comparator.comparingInt((Cue cue) -> cue.phrase().length()).reversed());
		return List.copyOf(cues);
	}

	private static List<List<Cue>> byFirstLetter(List<Cue> cues) {
		var index = new ArrayList<List<Cue>>();
		for (char letter = 'a'; letter <= 'z'; letter++) {
			var first = letter;
			index.add(cues.stream().filter(cue -> cue.phrase().charAt(0) == first).toList());
		}
		if (cues.stream().anyMatch(cue -> cue.phrase().charAt(0) < 'a' || cue.phrase().charAt(0) > 'z')) {
			throw new IllegalStateException("Every cue starts with a letter from a to z");
		}
		return List.copyOf(index);
	}

	private static void add(List<Cue> cues, Kind kind, Role role, String... phrases) {
		for (var phrase : phrases) {
			cues.add(new Cue(phrase, kind, role));
		}
	}

	private record Group(int start, int end) {

		int length() {
			return end - start;
		}
	}

	private record Mention(int start, int end, Cue cue) {
	}

	private record Span(int start, int end, String replacement) {
	}

	/** One masking pass over one text. */
	private static final class Scan {

		private final String text;
		/**
		 * The cues in the text, found on first need: only a number that a cue could decide asks for them,
		 * and most messages have none (issue 18: finding them up front was 6 % of a socket's CPU).
		 */
		private @Nullable List<Mention> mentions;
		private final List<Span> spans = new ArrayList<>();
		private final Set<Kind> found = EnumSet.noneOf(Kind.class);

		Scan(String text) {
			this.text = text;
		}

		Masked run() {
			int i = 0;
			while (i < text.length()) {
				if (!isDigit(i)) {
					i++;
					continue;
				}
				// A run: digit groups joined by single spaces or dashes, as people group card numbers.
				var groups = new ArrayList<Group>();
				int end = digitsEnd(i);
				groups.add(new Group(i, end));
				while (end + 1 < text.length() && isGroupSeparator(text.charAt(end)) && isDigit(end + 1)) {
					groups.add(new Group(end + 1, digitsEnd(end + 1)));
					end = groups.getLast().end();
				}
				inspect(groups);
				i = end;
			}
			return spans.isEmpty() ? new Masked(text, Set.of()) : new Masked(replaced(), found);
		}

		private void inspect(List<Group> groups) {
			// Groups glued to a longer token (TXN2026…, ORD-12…, 1,250.00, 12/28, +91) are never secrets.
			int first = 0;
			int last = groups.size() - 1;
			if (gluedBefore(groups.getFirst().start())) {
				first++;
				while (first <= last && separatorBefore(groups, first) == '-') {
					first++;
				}
			}
			if (gluedAfter(groups.getLast().end())) {
				last--;
				while (last >= first && separatorBefore(groups, last + 1) == '-') {
					last--;
				}
			}
			int spansBefore = spans.size();
			for (int i = first; i <= last;) {
				i = maskLongNumberFrom(groups, i, last) + 1;
			}
			if (groups.size() == 1 && first == 0 && last == 0 && spans.size() == spansBefore) {
				maskShortSecret(groups.getFirst());
			}
		}

		/** Masks the longest card or Aadhaar number starting at group {@code i}; returns the last group used. */
		private int maskLongNumberFrom(List<Group> groups, int i, int last) {
			for (int j = Math.min(last, i + 4); j >= i; j--) {
				if (!oneSeparator(groups, i, j)) {
					continue;
				}
				var digits = new StringBuilder();
				var lengths = new int[j - i + 1];
				for (int g = i; g <= j; g++) {
					digits.append(text, groups.get(g).start(), groups.get(g).end());
					lengths[g - i] = groups.get(g).length();
				}
				int start = groups.get(i).start();
				int end = groups.get(j).end();
				if (isCardShape(lengths, digits.length()) && passesLuhn(digits)) {
					int hidden = digits.length() - 10;
					add(start, end, Kind.CARD_NUMBER, digits.substring(0, 6) + "*".repeat(hidden) + digits.substring(6 + hidden));
					return j;
				}
				if (isAadhaarShape(lengths, digits.length()) && digits.charAt(0) >= '2' && passesVerhoeff(digits)
						&& standsAlone(groups, i, j) && !ruledOutAsAadhaar(start, end)) {
					add(start, end, Kind.AADHAAR, "XXXX XXXX " + digits.substring(8));
					return j;
				}
			}
			return i;
		}

		private void maskShortSecret(Group group) {
			int length = group.length();
			if (length < 3 || length > 8 || isAmount(group.start(), group.end())) {
				return;
			}
			Predicate<Cue> decides = cue -> cue.kind() != Kind.AADHAAR
					&& (cue.role() == Role.RULES_OUT || fits(cue.kind(), length));
			decidingCue(group.start(), group.end(), decides).filter(cue -> cue.role() != Role.RULES_OUT)
				.ifPresent(cue -> add(group.start(), group.end(), cue.kind(), switch (cue.kind()) {
					case CVV -> "***";
					case UPI_PIN -> "****";
					default -> "******";
				}));
		}

		private static boolean fits(Kind kind, int length) {
			return switch (kind) {
				case CVV -> length == 3 || length == 4;
				case UPI_PIN -> length == 4 || length == 6;
				case OTP -> length >= 4 && length <= 8;
				default -> false;
			};
		}

		private boolean ruledOutAsAadhaar(int start, int end) {
			return decidingCue(start, end, cue -> cue.kind() == Kind.AADHAAR)
				.filter(cue -> cue.role() == Role.RULES_OUT)
				.isPresent();
		}

		/**
		 * The cue that decides what a number is: the nearest one before it in the same sentence, a
		 * mere hint only when nothing stronger is there, else one right after it ("482913 is my otp").
		 */
		private Optional<Cue> decidingCue(int start, int end, Predicate<Cue> decides) {
			int before = lastMentionEndingBy(start);
			Optional<Cue> hint = Optional.empty();
			for (int m = before; m >= 0; m--) {
				var mention = mentions().get(m);
				if (start - mention.end() > REACH || breaksSentence(mention.end(), start)) {
					break;
				}
				if (!decides.test(mention.cue())) {
					continue;
				}
				if (mention.cue().role() != Role.HINTS) {
					return Optional.of(mention.cue());
				}
				hint = hint.or(() -> Optional.of(mention.cue()));
			}
			if (hint.isPresent()) {
				return hint;
			}
			for (int m = before + 1; m < mentions().size(); m++) {
				var mention = mentions().get(m);
				if (mention.start() - end > REACH || !onlyFillers(end, mention.start())) {
					break;
				}
				if (mention.cue().role() != Role.HINTS && decides.test(mention.cue())) {
					return Optional.of(mention.cue());
				}
			}
			return Optional.empty();
		}

		private int lastMentionEndingBy(int position) {
			int low = 0;
			int high = mentions().size() - 1;
			int found = -1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				if (mentions().get(middle).end() <= position) {
					found = middle;
					low = middle + 1;
				}
				else {
					high = middle - 1;
				}
			}
			return found;
		}

		private List<Mention> mentions() {
			if (mentions == null) {
				mentions = findMentions();
			}
			return mentions;
		}

		/** Every cue in the text, left to right and never overlapping: the longest at a word start wins. */
		private List<Mention> findMentions() {
			var mentions = new ArrayList<Mention>();
			int p = 0;
			while (p < text.length()) {
				if (!Character.isLetter(text.charAt(p)) || (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1)))) {
					p++;
					continue;
				}
				int start = p;
				p++;
				char first = Character.toLowerCase(text.charAt(start));
				if (first < 'a' || first > 'z') {
					continue;
				}
				for (var cue : CUES_BY_FIRST_LETTER.get(first - 'a')) {
					int end = phraseEnd(start, cue.phrase());
					if (end > 0) {
						mentions.add(new Mention(start, end, cue));
						p = end;
						break;
					}
				}
			}
			return mentions;
		}

		/** Where {@code phrase} ends if the text has it at {@code p}, else -1. */
		private int phraseEnd(int p, String phrase) {
			if (Character.toLowerCase(text.charAt(p)) != phrase.charAt(0)) {
				return -1;
			}
			int q = p;
			for (int k = 0; k < phrase.length(); k++) {
				char want = phrase.charAt(k);
				if (want == ' ') {
					int from = q;
					while (q < text.length() && (Character.isWhitespace(text.charAt(q)) || text.charAt(q) == '-')) {
						q++;
					}
					if (q == from) {
						return -1;
					}
				}
				else if (q < text.length() && Character.toLowerCase(text.charAt(q)) == want) {
					q++;
				}
				else {
					return -1;
				}
			}
			return q < text.length() && Character.isLetter(text.charAt(q)) ? -1 : q;
		}

		private boolean breaksSentence(int from, int to) {
			for (int i = from; i < to; i++) {
				char c = text.charAt(i);
				if (c == '\n' || c == '\r' || c == '!' || c == '?' || (c == '.' && i + 2 < text.length()
						&& Character.isWhitespace(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 2)))) {
					return true;
				}
			}
			return false;
		}

		private boolean onlyFillers(int from, int to) {
			var word = new StringBuilder();
			for (int i = from; i <= to; i++) {
				char c = i < to ? text.charAt(i) : ' ';
				if (Character.isLetter(c)) {
					word.append(Character.toLowerCase(c));
					continue;
				}
				if (!word.isEmpty() && !FILLERS.contains(word.toString())) {
					return false;
				}
				word.setLength(0);
				if (c != ' ' && c != '\t' && c != ':' && c != '-' && c != '=' && c != ',') {
					return false;
				}
			}
			return true;
		}

		/** "₹1250", "Rs. 1250", "1250 rupees", "1250/-": an amount, whatever word is near it. */
		private boolean isAmount(int start, int end) {
			int before = start;
			while (before > 0 && text.charAt(before - 1) == ' ') {
				before--;
			}
			int after = end;
			while (after < text.length() && text.charAt(after) == ' ') {
				after++;
			}
			return (before > 0 && (text.charAt(before - 1) == '₹' || text.charAt(before - 1) == '$'))
					|| wordEndsAt(before, "rs") || wordEndsAt(before, "rs.") || wordEndsAt(before, "inr")
					|| text.startsWith("₹", after) || text.startsWith("/-", after) || wordStartsAt(after, "rs")
					|| wordStartsAt(after, "rupees") || wordStartsAt(after, "inr");
		}

		private boolean wordEndsAt(int end, String word) {
			int start = end - word.length();
			return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
					&& (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
		}

		private boolean wordStartsAt(int start, String word) {
			int end = start + word.length();
			return text.regionMatches(true, start, word, 0, word.length())
					&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
		}

		private boolean gluedBefore(int start) {
			if (start == 0) {
				return false;
			}
			char c = text.charAt(start - 1);
			char beforeThat = start >= 2 ? text.charAt(start - 2) : ' ';
			if (namedRightBefore(start) || (c == '-' && namedRightBefore(start - 1))) {
				return false; // "otp482913", "PIN-1234"
			}
			return isTokenChar(c) || c == '+' || (c == '-' && isTokenChar(beforeThat))
					|| (isNumberJoiner(c) && Character.isDigit(beforeThat));
		}

		private boolean namedRightBefore(int position) {
			int m = lastMentionEndingBy(position);
			return m >= 0 && mentions().get(m).end() == position && mentions().get(m).cue().role() == Role.NAMES;
		}

		private boolean gluedAfter(int end) {
			if (end == text.length()) {
				return false;
			}
			char c = text.charAt(end);
			char afterThat = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
			return isTokenChar(c) || c == '%' || (c == '-' && isTokenChar(afterThat))
					|| (isNumberJoiner(c) && Character.isDigit(afterThat));
		}

		/** Parts of ids and of text already masked ("411111******1111"), so masking twice changes nothing. */
		private static boolean isTokenChar(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '*' || c == '@';
		}

		/** Inside amounts, dates and times: "1,250.00", "26/11", "10:30". */
		private static boolean isNumberJoiner(char c) {
			return c == ',' || c == '.' || c == '/' || c == ':';
		}

		private static boolean isGroupSeparator(char c) {
			return c == ' ' || c == '-';
		}

		private boolean isDigit(int i) {
			char c = text.charAt(i);
			return c >= '0' && c <= '9';
		}

		private int digitsEnd(int i) {
			while (i < text.length() && isDigit(i)) {
				i++;
			}
			return i;
		}

		private char separatorBefore(List<Group> groups, int g) {
			return text.charAt(groups.get(g).start() - 1);
		}

		private boolean oneSeparator(List<Group> groups, int i, int j) {
			for (int g = i + 2; g <= j; g++) {
				if (separatorBefore(groups, g) != separatorBefore(groups, i + 1)) {
					return false;
				}
			}
			return true;
		}

		/** "2345 6789 0123" is an Aadhaar number; the same digits inside "1234 2345 6789 0123" are not. */
		private boolean standsAlone(List<Group> groups, int i, int j) {
			if (i == j) {
				return true;
			}
			char separator = separatorBefore(groups, j);
			return (i == 0 || separatorBefore(groups, i) != separator)
					&& (j == groups.size() - 1 || separatorBefore(groups, j + 1) != separator);
		}

		private void add(int start, int end, Kind kind, String replacement) {
			spans.add(new Span(start, end, replacement));
			found.add(kind);
		}

		private String replaced() {
			var out = new StringBuilder(text.length());
			int at = 0;
			for (var span : spans) {
				out.append(text, at, span.start()).append(span.replacement());
				at = span.end();
			}
			return out.append(text, at, text.length()).toString();
		}
	}

	/** 13–19 digits: unbroken, in fours with a shorter last group, or Amex/Diners 4-6-5 and 4-6-4. */
	private static boolean isCardShape(int[] lengths, int digits) {
		if (digits < 13 || digits > 19) {
			return false;
		}
		if (lengths.length == 1) {
			return true;
		}
		if (lengths.length == 3 && lengths[0] == 4 && lengths[1] == 6) {
			return true;
		}
		for (int g = 0; g < lengths.length - 1; g++) {
			if (lengths[g] != 4) {
				return false;
			}
		}
		return lengths[lengths.length - 1] <= 4;
	}

	private static boolean isAadhaarShape(int[] lengths, int digits) {
		return digits == 12 && (lengths.length == 1 || Arrays.equals(lengths, new int[] { 4, 4, 4 }));
	}

	private static boolean passesLuhn(CharSequence digits) {
		int sum = 0;
		for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
			int digit = digits.charAt(i) - '0';
			if (position % 2 == 1) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private static final int[][] VERHOEFF_MULTIPLY = { { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
			{ 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
			{ 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 }, { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
			{ 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 } };

	private static final int[][] VERHOEFF_PERMUTE = { { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
			{ 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
			{ 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 }, { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
			{ 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 } };

	/** UIDAI's check digit: catches every single-digit error and every swap of neighbours. */
	private static boolean passesVerhoeff(CharSequence digits) {
		int check = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			check = VERHOEFF_MULTIPLY[check][VERHOEFF_PERMUTE[i % 8][digit]];
		}
		return check == 0;
	}
}
