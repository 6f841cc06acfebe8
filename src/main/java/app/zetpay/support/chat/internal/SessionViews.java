package app.zetpay.support.chat.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.zetpay.support.agents.Presence;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;

import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation as one caller sees it: participants and their names, unread counts, the last
 * message, queue position, the agent's presence; and messages with the caller's read flags.
 */
@Component
class SessionViews {

	private final Messages messages;
	private final ReadMarks readMarks;
	private final AgentDirectory agents;
	private final Routing routing;
	private final Presence presence;
	private final JsonMapper json;
	private final ConversationFacets facets;

	SessionViews(Messages messages, ReadMarks readMarks, AgentDirectory agents, Routing routing, Presence presence,
			JsonMapper json, ConversationFacets facets) {
		this.facets = facets;
		this.messages = messages;
		this.readMarks = readMarks;
		this.agents = agents;
		this.routing = routing;
		this.presence = presence;
		this.json = json;
	}

	/** A page of messages, each read or not as this caller sees it. */
	List<ChatMessageView> withReadFlags(Conversation conversation, Caller caller, List<ChatMessage> page) {
		return withReadFlags(readMarks.all(conversation.id()), caller, page);
	}

	private static List<ChatMessageView> withReadFlags(Map<String, Long> marks, Caller caller, List<ChatMessage> page) {
		var mine = marks.getOrDefault(caller.id(), 0L);
		var others = marks.entrySet().stream().filter(e -> !e.getKey().equals(caller.id()))
				.mapToLong(Map.Entry::getValue).max().orElse(0L);
		return page.stream()
				.map(m -> ChatMessageView.of(m, m.senderId().equals(caller.id()) ? m.seq() <= others : m.seq() <= mine))
				.toList();
	}

	/** The conversation as this caller sees it (staff also see the handover note and the labels). */
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
			// The agent's count starts where they joined: the bot's talk before that is context, not unread.
			var from = participant.equals(c.assignedAgentId()) ? Math.max(c.assignedSeq(), marks.getOrDefault(participant, 0L))
					: marks.getOrDefault(participant, 0L);
			unread.put(participant, Conversation.SUPPORT.equals(participant) ? 0L
					: messages.countUnread(c.id(), participant, from));
		}
		var last = messages.last(c.id()).map(m -> withReadFlags(c, caller, List.of(m)).getFirst()).orElse(null);
		var queue = c.status() == ConversationStatus.QUEUED ? routing.position(c.id().value()).orElse(null) : null;
		return new ChatSessionView(c.id().value(), participants, names, last, c.updatedAt(), unread,
				c.associatedTransactionId(), c.status().name(), c.assignedAgentId(), c.team(), c.topic(),
				c.context() == null ? null : json.readTree(c.context()), c.lastSeq(), c.createdAt(),
				queue == null ? null : QueueView.of(queue),
				caller instanceof Caller.Staff ? c.handoverNote() : null,
				c.assignedAgentId() == null ? null : presence.isConnected(c.assignedAgentId()),
				// Labels are staff's own: a customer never sees them.
				caller instanceof Caller.Staff ? facets.labels(c.id()) : null,
				caller instanceof Caller.Staff ? c.handover() : null,
				ChatSessionView.LanguageView.of(facets.language(c.id())));
	}

	/**
	 * Closed conversations as rows of the inbox's Closed tab, a page in a few queries rather than
	 * {@link #view}'s handful per row: last messages, read marks and labels batched, each agent's
	 * name looked up once. A closed chat owes nobody a reply, so its unread counts are zero and it
	 * has no queue place or presence to show.
	 */
	List<ChatSessionView> closedRows(List<Conversation> closed, Caller.Staff caller) {
		var ids = closed.stream().map(c -> c.id().value()).toList();
		var lastMessages = messages.lastOfAll(ids);
		var marks = readMarks.allOf(ids);
		var labelled = facets.labelsOfAll(ids);
		var agentNames = new HashMap<String, String>();
		return closed.stream().map(c -> {
			var id = c.id().value();
			var participants = new ArrayList<String>();
			var names = new LinkedHashMap<String, String>();
			participants.add(c.customerId());
			names.put(c.customerId(), c.customerName() == null ? "Customer" : c.customerName());
			var agent = c.assignedAgentId() == null ? Conversation.SUPPORT : c.assignedAgentId();
			participants.add(agent);
			names.put(agent, c.assignedAgentId() == null ? "Zet Pay Support"
					: agentNames.computeIfAbsent(agent, this::agentName));
			var unread = new LinkedHashMap<String, Long>();
			participants.forEach(p -> unread.put(p, 0L));
			var lastMessage = lastMessages.get(id);
			var last = lastMessage == null ? null
					: withReadFlags(marks.getOrDefault(id, Map.of()), caller, List.of(lastMessage)).getFirst();
			return new ChatSessionView(id, participants, names, last, c.updatedAt(), unread,
					c.associatedTransactionId(), c.status().name(), c.assignedAgentId(), c.team(), c.topic(),
					c.context() == null ? null : json.readTree(c.context()), c.lastSeq(), c.createdAt(), null,
					// The closed tab shows no language: a query per row for a badge nobody acts on any more.
					c.handoverNote(), null, labelled.getOrDefault(id, List.of()), c.handover(), null);
		}).toList();
	}

	private String agentName(String agentId) {
		return AgentId.isAgentId(agentId)
				? agents.find(new AgentId(agentId)).map(a -> a.name()).orElse("Support agent")
				: "Support agent";
	}
}
