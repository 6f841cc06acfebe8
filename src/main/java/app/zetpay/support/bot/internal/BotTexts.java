package app.zetpay.support.bot.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.language.Language;

/**
 * What the bot says, in the language it answers in: one catalogue per language
 * (bot/messages/en.properties, hi.properties), the same keys in each. Hinglish is understood but not
 * written: a Hinglish writer is answered in Hindi (Devanagari) or English.
 */
record BotTexts(Language language, Map<String, String> texts) {

	private static final BotTexts ENGLISH = load(Language.ENGLISH, "en");
	private static final BotTexts HINDI = load(Language.HINDI, "hi");

	/** Every language's quick-reply text, to the English one of the same key. */
	private static final Map<String, String> REPLIES_IN_ENGLISH = replies();

	static BotTexts in(Language language) {
		return language == Language.HINDI ? HINDI : ENGLISH;
	}

	/**
	 * What a customer's message means when it is one of the bot's quick replies in any language:
	 * the English reply, which the rest of the bot reads ("किसी व्यक्ति से बात करें" → "Talk to a
	 * person"). A tap sends the label in the customer's language, so their side of the chat reads in
	 * it too, and the bot's logic stays one.
	 */
	static String neutral(String text) {
		return REPLIES_IN_ENGLISH.getOrDefault(text.strip(), text);
	}

	/** The text under {@code key}, with {0}, {1}… replaced by {@code arguments}. */
	String get(String key, Object... arguments) {
		var text = texts.get(key);
		if (text == null) {
			throw new IllegalArgumentException("The bot has no text " + key + " in " + language);
		}
		for (int i = 0; i < arguments.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return text;
	}

	/** A quick reply whose label is sent as the customer's message when tapped. */
	QuickReply reply(String key) {
		return QuickReply.of(get("reply." + key));
	}

	/** What a customer can start with: the two money flows, or a person. */
	List<QuickReply> starters() {
		return List.of(reply("failed-debited"), reply("where-refund"), reply("person"));
	}

	/** After an answer: the customer says it is solved, or asks for a person. */
	List<QuickReply> solvedOrPerson() {
		return List.of(reply("solved"), reply("person"));
	}

	private static BotTexts load(Language language, String name) {
		try {
			var properties = new Properties();
			properties.load(new StringReader(new ClassPathResource("bot/messages/" + name + ".properties")
					.getContentAsString(StandardCharsets.UTF_8)));
			var texts = new HashMap<String, String>();
			properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
			return new BotTexts(language, Map.copyOf(texts));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, String> replies() {
		var replies = new HashMap<String, String>();
		for (var texts : List.of(HINDI, ENGLISH)) {
			texts.texts.forEach((key, text) -> {
				if (key.startsWith("reply.")) {
					replies.put(text.strip(), ENGLISH.texts.get(key));
				}
			});
		}
		return Map.copyOf(replies);
	}
}
