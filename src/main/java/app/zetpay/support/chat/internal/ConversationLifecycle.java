package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.agents.Routing;
import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.ConversationHandedBack;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationOpened;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A conversation's life: a customer opens it (to the bot, the queue or an agent they name), an
 * agent hands it back to the bot, either side ends it. Each step is a note in the conversation,
 * stored through the message writer with the change it records, and sockets hear of it after commit.
 */
@Service
public class ConversationLifecycle {

	private final ConversationAccess access;
	private final Conversations conversations;
	private final MessageWriter writer;
	private final Routing routing;
	private final AgentDirectory agents;
	private final ChatViews views;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final ChatProperties properties;
	private final JsonMapper json;
	private final Clock clock;

	ConversationLifecycle(ConversationAccess access, Conversations conversations, MessageWriter writer,
			Routing routing, AgentDirectory agents, ChatViews views, ApplicationEventPublisher events,
			TransactionTemplate transactions, ChatProperties properties, JsonMapper json, Clock clock) {
		this.access = access;
		this.conversations = conversations;
		this.writer = writer;
		this.routing = routing;
		this.agents = agents;
		this.views = views;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
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
		var contextJson = contextJson(context);
		var transactionId = context == null || context.get("transactionId") == null ? null
				: String.valueOf(context.get("transactionId"));
		if (!(caller instanceof Caller.Customer customer)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "customers-only",
					"Only customers open support chats; agents take them from the queue.");
		}
		var open = conversations.findOpenForCustomer(customer.userId());
		if (open.isPresent()) {
			return views.view(open.get(), caller);
		}
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var status = agentId != null ? ConversationStatus.ASSIGNED
				: properties.botFirst() ? ConversationStatus.BOT : ConversationStatus.QUEUED;
		var conversation = new Conversation(ConversationId.generate(), customer.userId(), customer.name(),
				status, agentId, null,
				Fields.trimmed(topic, "topic", 200), contextJson, Fields.trimmed(transactionId, "context.transactionId", 64), null, 0,
				now, now, null);
		if (!conversations.insert(conversation)) {
			// Two initiates at once: the other one opened it.
			return views.view(conversations.findOpenForCustomer(customer.userId()).orElseThrow(), caller);
		}
		events.publishEvent(new ConversationOpened(conversation.id().value(), conversation.customerId(), status,
				conversation.topic(), conversation.associatedTransactionId(), contextText(context, "screen"),
				contextText(context, "errorCode")));
		if (status == ConversationStatus.BOT) {
			return views.view(conversation, caller);
		}
		if (agentId == null) {
			routing.enqueue(conversation.id().value(), null);
			if (routing.routableAgents() == 0) {
				conversation = writer.append(Append.note(conversation.id(), "No agent is online right now. Your chat "
						+ "stays in the queue and an agent will reply as soon as one is free; you can also raise a "
						+ "ticket.")).conversation();
			}
		}
		else {
			routing.assignDirect(conversation.id().value(), agentId);
		}
		return views.view(conversation, caller);
	}

	/** The customer ends the chat, or an agent resolves it. */
	@Transactional
	public ChatSessionView close(Caller caller, String chatId) {
		var visible = access.writable(caller, chatId);
		var conversation = writer.lockForChange(visible.id()).orElseThrow();
		if (!conversation.status().isOpen()) {
			return views.view(conversation, caller);
		}
		var note = caller instanceof Caller.Customer ? caller.displayName() + " ended the chat."
				: caller.displayName() + " marked the chat as resolved.";
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
		var back = writer.append(Append.note(conversation.id(), staff.name() + " handed the chat back to the "
				+ BotChannel.BOT_NAME + ". Ask for a person at any time.", new Append.Change(Conversation::handedBack)));
		routing.release(conversation.id().value());
		events.publishEvent(new ConversationHandedBack(conversation.id().value(), staff.id(), staff.name(),
				back.message().seq()));
		return views.view(back.conversation(), caller);
	}

	private static @Nullable String contextText(@Nullable Map<String, Object> context, String key) {
		var value = context == null ? null : context.get(key);
		return value == null ? null : String.valueOf(value);
	}

	private @Nullable String contextJson(@Nullable Map<String, Object> context) {
		if (context == null || context.isEmpty()) {
			return null;
		}
		var text = json.writeValueAsString(context);
		if (text.length() > properties.maxContextLength()) {
			throw new InvalidFieldException("context", "must be at most " + properties.maxContextLength()
					+ " characters of JSON");
		}
		return text;
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
