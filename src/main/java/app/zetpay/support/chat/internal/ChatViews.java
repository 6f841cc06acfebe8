package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;

/**
 * What a caller sees of conversations: their list, one conversation with its participants, unread
 * counts and queue position, and pages of history with read flags. Reads only.
 */
@Service
public class ChatViews {

	private final ConversationAccess access;
	private final Conversations conversations;
	private final Messages messages;
	private final SessionViews views;

	ChatViews(ConversationAccess access, Conversations conversations, Messages messages, SessionViews views) {
		this.access = access;
		this.conversations = conversations;
		this.messages = messages;
		this.views = views;
	}

	@Transactional(readOnly = true)
	public ChatSessionView session(Caller caller, String chatId) {
		return views.view(access.visible(caller, chatId), caller);
	}

	@Transactional(readOnly = true)
	public List<ChatSessionView> sessions(Caller caller) {
		return sessions(caller, null);
	}

	/** The caller's list; staff may keep only conversations with {@code label}. */
	@Transactional(readOnly = true)
	public List<ChatSessionView> sessions(Caller caller, @Nullable String label) {
		var found = switch (caller) {
			case Caller.Customer customer -> conversations.findForCustomer(customer.userId(), 50);
			case Caller.Staff staff -> conversations.findOpenForStaff(staff.id(),
					staff.teams().stream().map(Object::toString).toList(),
					staff.hasRole(Role.SUPERVISOR)
							|| staff.hasRole(Role.ADMIN),
					label == null ? null : ConversationLabels.label(label), 200);
		};
		return found.stream().map(c -> views.view(c, caller)).toList();
	}

	@Transactional(readOnly = true)
	public List<ChatMessageView> history(Caller caller, String chatId, int limit, @Nullable Instant before,
			@Nullable Long beforeSeq) {
		var conversation = access.visible(caller, chatId);
		var page = messages.pageBefore(conversation.id(), before, beforeSeq, limit);
		return views.withReadFlags(conversation, caller, page);
	}

	@Transactional(readOnly = true)
	public List<ChatMessageView> after(Caller caller, String chatId, long afterSeq, int limit) {
		var conversation = access.visible(caller, chatId);
		return views.withReadFlags(conversation, caller, messages.after(conversation.id(), afterSeq, limit));
	}
}
