package app.zetpay.support.chat.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.agents.ConversationAssigned;
import app.zetpay.support.agents.ConversationRequeued;

/**
 * Applies what routing decided to the conversations. Through the event publication registry: an
 * assignment committed by routing reaches its conversation even if this node dies in between.
 */
@Component
class RoutingDecisions {

	private final ChatService chats;

	RoutingDecisions(ChatService chats) {
		this.chats = chats;
	}

	@ApplicationModuleListener
	void on(ConversationAssigned assigned) {
		chats.applyAssignment(assigned);
	}

	@ApplicationModuleListener
	void on(ConversationRequeued requeued) {
		chats.applyRequeue(requeued);
	}
}
