package app.zetpay.support.chat.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.language.Language;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/**
 * The customer switches the app's language during a chat: the bot answers in it from the next
 * message on. Only the customer chooses; staff see the choice.
 */
@Service
public class ChatLanguageChoice {

	private final ConversationAccess access;
	private final ConversationLanguages languages;
	private final SessionViews views;
	private final Clock clock;

	ChatLanguageChoice(ConversationAccess access, ConversationLanguages languages, SessionViews views, Clock clock) {
		this.access = access;
		this.languages = languages;
		this.views = views;
		this.clock = clock;
	}

	/** @param tag "en" or "hi"; blank clears the choice (the bot follows the script the customer writes in) */
	@Transactional
	public ChatSessionView prefer(Caller caller, String chatId, String tag) {
		var conversation = access.visible(caller, chatId);
		if (!(caller instanceof Caller.Customer) || !conversation.isWritableBy(caller)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "customers-only",
					"Only the customer chooses the language of their chat.");
		}
		languages.prefer(conversation.id(), preferred(tag), clock.instant());
		return views.view(conversation, caller);
	}

	private static @Nullable Language preferred(String tag) {
		try {
			return NewConversations.preferred(tag);
		}
		catch (InvalidFieldException e) {
			// The same check as the context's "language" at the start, reported against this body's field.
			throw new InvalidFieldException("language", "must be \"en\" or \"hi\"");
		}
	}
}
