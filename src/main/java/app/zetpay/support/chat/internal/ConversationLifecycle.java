package app.zetpay.support.chat.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.ConversationHandedBack;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

/**
 * A conversation's later life: an agent hands it back to the bot, either side ends it (opening is
 * {@link ChatOpening}). Each step is decided under the conversation's row lock and recorded by a
 * note stored in the same transaction; sockets hear of both after commit.
 */
@Service
public class ConversationLifecycle {

	private final ConversationAccess access;
	private final MessageWriter writer;
	private final Routing routing;
	private final SessionViews views;
	private final ApplicationEventPublisher events;
	private final ConversationLanguages languages;

	ConversationLifecycle(ConversationAccess access, MessageWriter writer, Routing routing, SessionViews views,
			ApplicationEventPublisher events, ConversationLanguages languages) {
		this.languages = languages;
		this.access = access;
		this.writer = writer;
		this.routing = routing;
		this.views = views;
		this.events = events;
	}

	/** The customer ends the chat, or an agent resolves it. */
	@Transactional
	public ChatSessionView close(Caller caller, String chatId) {
		var visible = access.writable(caller, chatId);
		var conversation = writer.lockForChange(visible.id()).orElseThrow();
		if (!conversation.status().isOpen()) {
			return views.view(conversation, caller);
		}
		var notes = SystemNotes.in(languages.of(conversation.id()));
		var note = caller instanceof Caller.Customer ? notes.customerEnded(caller.displayName())
				: notes.resolved(caller.displayName());
		var closed = writer.append(Append.note(conversation.id(), note, new Append.Change(Conversation::closed)));
		routing.release(conversation.id().value());
		return views.view(closed.conversation(), caller);
	}

	/**
	 * The assigned agent (or a supervisor) gives the conversation back to the bot: it leaves the agent's
	 * load, and the bot answers the customer's next message. Agents watching the bot's chats see the
	 * note, as the chat is now one of them.
	 */
	@Transactional
	public ChatSessionView handBack(Caller caller, String chatId) {
		var visible = access.writable(caller, chatId);
		if (!(caller instanceof Caller.Staff staff)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "agents-only", "Only agents hand a chat back to the bot.");
		}
		var conversation = writer.lockForChange(visible.id()).orElseThrow();
		if (conversation.status() != ConversationStatus.ASSIGNED) {
			throw ProblemException.conflict("not-assigned",
					"Only a chat an agent has can go back to the bot; this one is " + conversation.status() + ".");
		}
		var notes = SystemNotes.in(languages.of(conversation.id()));
		var back = writer.append(Append.note(conversation.id(), notes.handedBack(staff.name()),
				new Append.Change(Conversation::handedBack)));
		routing.release(conversation.id().value());
		events.publishEvent(new ConversationHandedBack(conversation.id().value(), staff.id(), staff.name(),
				back.message().seq()));
		return views.view(back.conversation(), caller);
	}
}
