package app.zetpay.support.chat.internal;

import java.util.HashSet;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.AfterCommit;
import app.zetpay.support.shared.ProblemException;

/**
 * What participants signal without writing a message: how far they have read, and that they are
 * typing. Every call checks that the caller may see the conversation.
 */
@Service
public class ChatSignals {

	private final ConversationAccess access;
	private final Messages messages;
	private final ReadMarks readMarks;
	private final Fanout fanout;

	ChatSignals(ConversationAccess access, Messages messages, ReadMarks readMarks, Fanout fanout) {
		this.access = access;
		this.messages = messages;
		this.readMarks = readMarks;
		this.fanout = fanout;
	}

	/** Marks everything up to {@code messageId} read for the caller and tells the other side. */
	@Transactional
	public long markRead(Caller caller, String chatId, String messageId) {
		var conversation = access.visible(caller, chatId);
		var message = messages.findById(conversation.id(), messageId)
				.orElseThrow(() -> ProblemException.notFound("Message " + messageId));
		if (readMarks.advance(conversation.id(), caller.id(), message.seq())) {
			var payload = Map.of("chatId", conversation.id().value(), "userId", caller.id(), "upToSeq", message.seq(),
					"messageId", message.id());
			AfterCommit.run(() -> fanout.publish(conversation.recipients(), ServerFrame.MESSAGE_READ, payload));
		}
		return message.seq();
	}

	/** Tells the other participants that the caller is typing; nothing is stored. */
	@Transactional(readOnly = true)
	public void typing(Caller caller, String chatId, boolean isTyping) {
		var conversation = access.visible(caller, chatId);
		var others = new HashSet<>(conversation.recipients());
		others.remove(caller.id());
		fanout.publish(others, ServerFrame.TYPING, Map.of("chatId", conversation.id().value(), "userId", caller.id(),
				"name", caller.displayName(), "isTyping", isTyping));
	}
}
