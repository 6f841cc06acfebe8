package app.zetpay.support.chat;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.language.Language;

/**
 * The customer's language on a conversation: what their messages were last detected as (null until
 * they write) and what they chose in the app (null when the app did not say), which wins wherever
 * the service answers in a language.
 */
public record CustomerLanguage(@Nullable Language detected, @Nullable Language preferred) {

	public static final CustomerLanguage UNKNOWN = new CustomerLanguage(null, null);

	public CustomerLanguage {
		if (preferred == Language.HINGLISH) {
			throw new IllegalArgumentException("The service answers in English or Hindi: Hinglish is not a preference");
		}
	}
}
