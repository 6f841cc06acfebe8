package app.zetpay.support.chat.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

/**
 * Who may see and who may write to a conversation, in one place for every use case (messages,
 * views, images). A conversation the caller may not see is "not found", not "forbidden": its
 * existence is not theirs to learn.
 */
@Component
class ConversationAccess {

	private final Conversations conversations;

	ConversationAccess(Conversations conversations) {
		this.conversations = conversations;
	}

	@Transactional(readOnly = true)
	Conversation visible(Caller caller, String chatId) {
		if (!ConversationId.isValid(chatId)) {
			throw ProblemException.notFound("Chat " + chatId);
		}
		return conversations.findById(new ConversationId(chatId)).filter(c -> c.isVisibleTo(caller))
				.orElseThrow(() -> ProblemException.notFound("Chat " + chatId));
	}

	@Transactional(readOnly = true)
	Conversation writable(Caller caller, String chatId) {
		var conversation = visible(caller, chatId);
		if (!conversation.isWritableBy(caller)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "not-your-conversation",
					"Pick this conversation from the queue before writing to it.");
		}
		return conversation;
	}
}
