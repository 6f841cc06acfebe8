package app.zetpay.support.chat.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.agents.ConversationAssigned;
import app.zetpay.support.agents.ConversationRequeued;
import app.zetpay.support.agents.Presence;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.shared.AfterCommit;

/**
 * Applies what routing decided to the conversations, and keeps customers told about their place in
 * the queue and their agent's presence. Decisions arrive through the event publication registry: an
 * assignment committed by routing reaches its conversation even if this node dies in between. Each
 * is a note in the conversation, stored with the change it records (see {@link MessageWriter#append}).
 */
@Component
public class RoutingDecisions {

	private final Conversations conversations;
	private final MessageWriter writer;
	private final Routing routing;
	private final Presence presence;
	private final Fanout fanout;
	private final ConversationLanguages languages;

	RoutingDecisions(Conversations conversations, MessageWriter writer, Routing routing, Presence presence,
			Fanout fanout, ConversationLanguages languages) {
		this.languages = languages;
		this.conversations = conversations;
		this.writer = writer;
		this.routing = routing;
		this.presence = presence;
		this.fanout = fanout;
	}

	@ApplicationModuleListener
	void on(ConversationAssigned assigned) {
		applyAssignment(assigned);
	}

	@ApplicationModuleListener
	void on(ConversationRequeued requeued) {
		applyRequeue(requeued);
	}

	/** An agent now has the conversation: record it, tell both sides, and move the queue along. */
	@Transactional
	public void applyAssignment(ConversationAssigned assigned) {
		var conversation = writer.lockForChange(new ConversationId(assigned.conversationId())).orElse(null);
		if (conversation == null) {
			return;
		}
		if (!conversation.status().isOpen()) {
			// Ended while it was being routed: give the agent the slot back.
			routing.release(assigned.conversationId());
			return;
		}
		if (conversation.status() == ConversationStatus.ASSIGNED
				&& assigned.agentId().equals(conversation.assignedAgentId())) {
			return; // Delivered twice: already applied.
		}
		var notes = SystemNotes.in(languages.of(conversation.id()));
		var text = switch (assigned.reason()) {
			case ROUTED, PICKED -> notes.joined(assigned.agentName());
			case TRANSFERRED -> notes.nowChattingWith(assigned.agentName());
		};
		writer.append(Append.note(conversation.id(), text, new Append.Change(
				(locked, seq, at) -> locked.assignedTo(assigned.agentId(), assigned.note(), seq, at),
				previous(assigned.previousAgentId()))));
		AfterCommit.run(this::publishQueuePositions);
	}

	/** An agent sent the conversation back to the queue for a team. */
	@Transactional
	public void applyRequeue(ConversationRequeued requeued) {
		var conversation = writer.lockForChange(new ConversationId(requeued.conversationId())).orElse(null);
		if (conversation == null || !conversation.status().isOpen()) {
			return;
		}
		var notes = SystemNotes.in(languages.of(conversation.id()));
		var text = switch (requeued.reason()) {
			case TRANSFERRED -> notes.passedOn(requeued.byName(), requeued.team());
			case AGENT_UNAVAILABLE -> notes.agentUnavailable(requeued.byName());
		};
		writer.append(Append.note(conversation.id(), text, new Append.Change(
				(locked, seq, at) -> locked.requeued(requeued.team(), requeued.note(), seq, at),
				previous(requeued.previousAgentId()))));
		AfterCommit.run(this::publishQueuePositions);
	}

	/** Tells the customers of an agent's open chats whether the agent is now reachable. */
	public void announcePresence(String agentId) {
		var online = presence.isConnected(agentId);
		var customers = conversations.findOpenAssignedTo(agentId).stream().map(Conversation::customerId)
				.collect(Collectors.toSet());
		if (!customers.isEmpty()) {
			fanout.publish(customers, ServerFrame.PRESENCE, Map.of("userId", agentId, "online", online));
		}
	}

	/** Tells every waiting customer where they now stand. */
	public void publishQueuePositions() {
		for (var position : routing.queue()) {
			if (!ConversationId.isValid(position.conversationId())) {
				continue;
			}
			conversations.findById(new ConversationId(position.conversationId()))
					.filter(c -> c.status() == ConversationStatus.QUEUED)
					.ifPresent(c -> fanout.publish(Set.of(c.customerId()), ServerFrame.QUEUE_UPDATE, Map.of("chatId",
							c.id().value(), "queue", QueueView.of(position))));
		}
	}

	/** The agent a conversation was taken from hears of it, even if it no longer names them. */
	private static Set<String> previous(@Nullable String agentId) {
		return agentId == null ? Set.of() : Set.of(agentId);
	}
}
