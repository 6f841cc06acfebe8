package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.agents.ConversationAssigned;
import app.zetpay.support.agents.ConversationRequeued;
import app.zetpay.support.agents.Presence;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.shared.AfterCommit;

/**
 * Applies what routing decided to the conversations, and keeps customers told about their place in
 * the queue and their agent's presence. Decisions arrive through the event publication registry: an
 * assignment committed by routing reaches its conversation even if this node dies in between.
 */
@Component
public class RoutingDecisions {

	private final Conversations conversations;
	private final Messages messages;
	private final Routing routing;
	private final Presence presence;
	private final Fanout fanout;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RoutingDecisions(Conversations conversations, Messages messages, Routing routing, Presence presence, Fanout fanout,
			ApplicationEventPublisher events, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.routing = routing;
		this.presence = presence;
		this.fanout = fanout;
		this.events = events;
		this.clock = clock;
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
		var conversation = conversations.lockForAppend(new ConversationId(assigned.conversationId())).orElse(null);
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
		var now = nextTimestamp(conversation);
		var updated = conversation.assignedTo(assigned.agentId(), assigned.note(), now);
		var text = switch (assigned.reason()) {
			case ROUTED, PICKED -> assigned.agentName() + " joined the chat.";
			case TRANSFERRED -> "You are now chatting with " + assigned.agentName() + ".";
		};
		var system = systemMessage(conversation, conversation.lastSeq() + 1, text, now);
		messages.insert(system);
		conversations.advance(conversation.id(), system.seq(), now);
		conversations.updateState(updated);
		var everyone = new HashSet<>(updated.recipients());
		if (assigned.previousAgentId() != null) {
			everyone.add(assigned.previousAgentId());
		}
		var recipients = Set.copyOf(everyone);
		events.publishEvent(new MessagePosted(system, recipients, updated.status()));
		AfterCommit.run(() -> {
			fanout.publish(recipients, ServerFrame.CHAT_MESSAGE, ChatMessageView.of(system, false));
			fanout.publish(recipients, ServerFrame.CONVERSATION_UPDATED, updated.summary());
			publishQueuePositions();
		});
	}

	/** An agent sent the conversation back to the queue for a team. */
	@Transactional
	public void applyRequeue(ConversationRequeued requeued) {
		var conversation = conversations.lockForAppend(new ConversationId(requeued.conversationId())).orElse(null);
		if (conversation == null || !conversation.status().isOpen()) {
			return;
		}
		var now = nextTimestamp(conversation);
		var updated = conversation.requeued(requeued.team(), requeued.note(), now);
		var text = switch (requeued.reason()) {
			case TRANSFERRED -> requeued.byName() + " passed your chat to " + (requeued.team() == null
					? "another agent" : "our " + requeued.team() + " team") + ". Someone will be with you shortly.";
			case AGENT_UNAVAILABLE -> requeued.byName() + " is no longer available, so your chat is back in the "
					+ "queue. Someone will be with you shortly.";
		};
		var system = systemMessage(conversation, conversation.lastSeq() + 1, text, now);
		messages.insert(system);
		conversations.advance(conversation.id(), system.seq(), now);
		conversations.updateState(updated);
		var recipients = requeued.previousAgentId() == null ? Set.of(conversation.customerId())
				: Set.of(conversation.customerId(), requeued.previousAgentId());
		events.publishEvent(new MessagePosted(system, recipients, updated.status()));
		AfterCommit.run(() -> {
			fanout.publish(recipients, ServerFrame.CHAT_MESSAGE, ChatMessageView.of(system, false));
			fanout.publish(recipients, ServerFrame.CONVERSATION_UPDATED, updated.summary());
			publishQueuePositions();
		});
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

	private Instant nextTimestamp(Conversation conversation) {
		return Timeline.next(clock, conversation.updatedAt());
	}

	private static ChatMessage systemMessage(Conversation conversation, long seq, String text, Instant at) {
		return Timeline.system(conversation.id(), seq, text, at);
	}
}
