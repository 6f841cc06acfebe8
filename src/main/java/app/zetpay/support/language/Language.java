package app.zetpay.support.language;

import java.util.Optional;

/** The languages customers write in, as far as the service tells them apart. */
public enum Language {

	ENGLISH("en"),

	/** Hindi in Devanagari, often with English payment words mixed in. */
	HINDI("hi"),

	/** Hindi written in Roman letters, usually mixed with English ("refund kab aayega"). */
	HINGLISH("hi-Latn");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	/** The BCP 47 tag: what a browser or a translation would be asked for. */
	public String tag() {
		return tag;
	}

	/** The language with this BCP 47 tag (case ignored), if it is one of these. */
	public static Optional<Language> ofTag(String tag) {
		for (var language : values()) {
			if (language.tag.equalsIgnoreCase(tag.strip())) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/** Whether the customer wrote Hindi, in either script. */
	public boolean isHindi() {
		return this != ENGLISH;
	}
}
