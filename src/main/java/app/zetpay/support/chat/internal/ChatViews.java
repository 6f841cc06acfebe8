package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.agents.Presence;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a caller sees of conversations: their list, one conversation with its participants, unread
 * counts and queue position, and pages of history with read flags. Reads only.
 */
@Service
public class ChatViews {

	private final ConversationAccess access;
	private final Conversations conversations;
	private final Messages messages;
	private final ReadMarks readMarks;
	private final AgentDirectory agents;
	private final Routing routing;
	private final Presence presence;
	private final JsonMapper json;

	ChatViews(ConversationAccess access, Conversations conversations, Messages messages, ReadMarks readMarks,
			AgentDirectory agents, Routing routing, Presence presence, JsonMapper json) {
		this.access = access;
		this.conversations = conversations;
		this.messages = messages;
		this.readMarks = readMarks;
		this.agents = agents;
		this.routing = routing;
		this.presence = presence;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public ChatSessionView session(Caller caller, String chatId) {
		return view(access.visible(caller, chatId), caller);
	}

	@Transactional(readOnly = true)
	public List<ChatSessionView> sessions(Caller caller) {
		var found = switch (caller) {
			case Caller.Customer customer -> conversations.findForCustomer(customer.userId(), 50);
			case Caller.Staff staff -> conversations.findOpenForStaff(staff.id(),
					staff.teams().stream().map(Object::toString).toList(),
					staff.hasRole(Role.SUPERVISOR)
							|| staff.hasRole(Role.ADMIN),
					200);
		};
		return found.stream().map(c -> view(c, caller)).toList();
	}

	@Transactional(readOnly = true)
	public List<ChatMessageView> history(Caller caller, String chatId, int limit, @Nullable Instant before,
			@Nullable Long beforeSeq) {
		var conversation = access.visible(caller, chatId);
		var page = messages.pageBefore(conversation.id(), before, beforeSeq, limit);
		return withReadFlags(conversation, caller, page);
	}

	@Transactional(readOnly = true)
	public List<ChatMessageView> after(Caller caller, String chatId, long afterSeq, int limit) {
		var conversation = access.visible(caller, chatId);
		return withReadFlags(conversation, caller, messages.after(conversation.id(), afterSeq, limit));
	}

	private List<ChatMessageView> withReadFlags(Conversation conversation, Caller caller, List<ChatMessage> page) {
		var marks = readMarks.all(conversation.id());
		var mine = marks.getOrDefault(caller.id(), 0L);
		var others = marks.entrySet().stream().filter(e -> !e.getKey().equals(caller.id()))
				.mapToLong(Map.Entry::getValue).max().orElse(0L);
		return page.stream()
				.map(m -> ChatMessageView.of(m, m.senderId().equals(caller.id()) ? m.seq() <= others : m.seq() <= mine))
				.toList();
	}

	/** The conversation as this caller sees it (staff also see the handover note). */
	ChatSessionView view(Conversation c, Caller caller) {
		var participants = new ArrayList<String>();
		var names = new LinkedHashMap<String, String>();
		participants.add(c.customerId());
		names.put(c.customerId(), c.customerName() == null ? "Customer" : c.customerName());
		if (c.assignedAgentId() != null) {
			participants.add(c.assignedAgentId());
			names.put(c.assignedAgentId(), agentName(c.assignedAgentId()));
		}
		else {
			participants.add(Conversation.SUPPORT);
			names.put(Conversation.SUPPORT, "Zet Pay Support");
		}
		var marks = readMarks.all(c.id());
		var unread = new LinkedHashMap<String, Long>();
		for (var participant : participants) {
			unread.put(participant, Conversation.SUPPORT.equals(participant) ? 0L
					: messages.countUnread(c.id(), participant, marks.getOrDefault(participant, 0L)));
		}
		var last = messages.last(c.id()).map(m -> withReadFlags(c, caller, List.of(m)).getFirst()).orElse(null);
		var queue = c.status() == ConversationStatus.QUEUED ? routing.position(c.id().value()).orElse(null) : null;
		return new ChatSessionView(c.id().value(), participants, names, last, c.updatedAt(), unread,
				c.associatedTransactionId(), c.status().name(), c.assignedAgentId(), c.team(), c.topic(),
				c.context() == null ? null : json.readTree(c.context()), c.lastSeq(), c.createdAt(),
				queue == null ? null : QueueView.of(queue),
				caller instanceof Caller.Staff ? c.handoverNote() : null,
				c.assignedAgentId() == null ? null : presence.isConnected(c.assignedAgentId()));
	}

	private String agentName(String agentId) {
		return AgentId.isAgentId(agentId)
				? agents.find(new AgentId(agentId)).map(a -> a.name()).orElse("Support agent")
				: "Support agent";
	}
}
