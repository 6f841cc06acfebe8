package app.zetpay.support.helpcenter.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The languages of the help centre. Every article is written in English first: the English row is
 * the article (its search entry, screens, error codes, feedback and analytics); a version in
 * another language is a row of its own under the same slug, with its own drafts, history and
 * publication, and is shown instead of the English text to a customer who reads that language.
 */
public final class ArticleLocales {

	public static final String ORIGINAL = "en";

	/** The languages an article may have a version in besides English. */
	public static final List<String> TRANSLATIONS = List.of("hi");

	private ArticleLocales() {
	}

	/**
	 * The help centre's language for what a client asked for: {@code hi}, {@code hi-IN}, {@code HI_in}
	 * are Hindi; an {@code Accept-Language} list counts by its first language the help centre has.
	 * Anything else, or nothing, is English.
	 */
	public static String of(@Nullable String requested) {
		if (requested == null || requested.isBlank()) {
			return ORIGINAL;
		}
		try {
			for (var range : Locale.LanguageRange.parse(requested.replace('_', '-'))) {
				var language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
				if (language.equals(ORIGINAL) || TRANSLATIONS.contains(language)) {
					return language;
				}
			}
		}
		catch (IllegalArgumentException e) {
			// Not a language tag or list: read as English, like no preference.
		}
		return ORIGINAL;
	}

	static boolean isTranslation(String locale) {
		return TRANSLATIONS.contains(locale);
	}
}
