package app.zetpay.support.chat.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

/**
 * A customer opens a chat: to the bot, to the queue, or to an agent they name. A customer has one
 * open chat at a time; asking again returns it.
 */
@Service
public class ChatOpening {

	private final AgentDirectory agents;
	private final Routing routing;
	private final TransactionTemplate transactions;
	private final Conversations conversations;
	private final NewConversations newConversations;
	private final SessionViews views;

	ChatOpening(AgentDirectory agents, Routing routing, TransactionTemplate transactions, Conversations conversations,
			NewConversations newConversations, SessionViews views) {
		this.agents = agents;
		this.routing = routing;
		this.transactions = transactions;
		this.conversations = conversations;
		this.newConversations = newConversations;
		this.views = views;
	}

	/** Not one transaction: the chosen agent is prepared for routing first, outside it. */
	public ChatSessionView initiate(Caller caller, String recipientId, @Nullable String topic,
			@Nullable Map<String, Object> context) {
		String agentId = null;
		if (!Conversation.SUPPORT.equals(recipientId) && !recipientId.equals(caller.id())) {
			agentId = enabledAgent(recipientId);
			routing.prepareAgent(agentId);
		}
		var chosenAgent = agentId;
		return transactions.execute(tx -> open(caller, recipientId, chosenAgent, topic, context));
	}

	private ChatSessionView open(Caller caller, String recipientId, @Nullable String agentId, @Nullable String topic,
			@Nullable Map<String, Object> context) {
		if (recipientId.equals(caller.id())) {
			throw ProblemException.badRequest("cannot-chat-with-self", "You cannot start a chat with yourself.");
		}
		var checked = newConversations.context(context);
		if (!(caller instanceof Caller.Customer customer)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "customers-only",
					"Only customers open support chats; agents take them from the queue.");
		}
		var open = conversations.findOpenForCustomer(customer.userId());
		if (open.isPresent()) {
			return views.view(open.get(), caller);
		}
		var conversation = newConversations.open(customer, agentId, topic, checked).orElse(null);
		if (conversation == null) {
			// Two initiates at once: the other one opened it.
			return views.view(conversations.findOpenForCustomer(customer.userId()).orElseThrow(), caller);
		}
		if (conversation.status() == ConversationStatus.BOT) {
			return views.view(conversation, caller);
		}
		if (agentId == null) {
			// With no agent online the session's queue says so (expectedWaitSeconds -1) and follows
			// queue_update frames; a note in the thread as well said it twice, and went stale there.
			routing.enqueue(conversation.id().value(), null);
		}
		else {
			routing.assignDirect(conversation.id().value(), agentId);
		}
		return views.view(conversation, caller);
	}

	private String enabledAgent(String candidate) {
		return agents.find(agentIdOrNotFound(candidate)).filter(a -> a.enabled())
			.orElseThrow(() -> ProblemException.notFound("Agent " + candidate)).id().value();
	}

	private static AgentId agentIdOrNotFound(String candidate) {
		if (!AgentId.isAgentId(candidate)) {
			throw ProblemException.notFound("Agent " + candidate);
		}
		return new AgentId(candidate);
	}
}
