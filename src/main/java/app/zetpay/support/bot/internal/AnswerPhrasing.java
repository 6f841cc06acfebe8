package app.zetpay.support.bot.internal;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts a help-centre article's answer to a customer's message in a few words of its own, or declines.
 * Declining is always allowed, and the bot then answers with the article's lead as it does when no
 * language model is configured; so an implementation may fail, time out or refuse without the
 * customer noticing more than a plainer answer.
 */
interface AnswerPhrasing {

	/** No language model configured: every answer is the article's own lead. */
	AnswerPhrasing NONE = (message, title, article) -> Optional.empty();

	/**
	 * @param message what the customer wrote
	 * @param title the article's title
	 * @param article reads the article's whole text, the only source the answer may use; called only
	 *        when a model is really about to be asked, so declining costs no read
	 * @return the answer to send, or empty to fall back to the article's lead
	 */
	Optional<String> phrase(String message, String title, Supplier<Optional<String>> article);
}
