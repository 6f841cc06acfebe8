package app.zetpay.support.helpcenter;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Published articles for other modules (the triage bot answers with them). Searches made through
 * here are not counted in the customers' search analytics.
 */
public interface HelpArticles {

	/**
	 * An article in brief: {@code lead} is the start of its text, {@code link} where the web app shows
	 * it (a path on the app's origin). Never the JSON API's URL: the bot writes this link into its
	 * messages, which people open wherever they read them (the chat, the agent console, a ticket).
	 */
	record ArticleBrief(String slug, String title, String lead, String link, String locale) {

		/** A brief in English. */
		public ArticleBrief(String slug, String title, String lead, String link) {
			this(slug, title, lead, link, "en");
		}

		public static String pageOf(String slug) {
			return "/support/articles/" + slug;
		}

		/**
		 * The page in a language: the web app opens in the language of {@code ?lang=} unless its reader
		 * chose one in the app, so a link the bot gives a Hindi reader opens the Hindi version.
		 */
		public static String pageOf(String slug, String locale) {
			return pageOf(slug) + "?lang=" + locale;
		}
	}

	Optional<ArticleBrief> find(String slug);

	/** The whole text of a published article, without markup: what an answer may be grounded in. */
	Optional<String> text(String slug);

	/** The best published articles for a customer's words (hybrid search), best first. */
	List<ArticleBrief> search(String text, int limit);

	/**
	 * The brief in a language ({@code hi}): title and lead of the article's published version in it
	 * when there is one, else the English ones ({@code locale} of the brief says which); the link of a
	 * brief in Hindi opens the Hindi page.
	 */
	default Optional<ArticleBrief> find(String slug, String locale) {
		return find(slug);
	}

	/** {@link #search(String, int)}, each brief in a language where the article has a published version in it. */
	default List<ArticleBrief> search(String text, int limit, String locale) {
		return search(text, limit);
	}

	/** The articles for a screen of the app and/or an error code, best first. */
	List<ArticleBrief> contextual(@Nullable String screen, @Nullable String errorCode, int limit);
}
