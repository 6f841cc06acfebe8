package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationHandedBack;
import app.zetpay.support.chat.ConversationOpened;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.agents.Presence;
import app.zetpay.support.agents.Routing;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.RateLimiter;
import app.zetpay.support.masking.SensitiveData;

import tools.jackson.databind.json.JsonMapper;
import app.zetpay.support.shared.AfterCommit;

/**
 * The chat use cases. Every one checks that the caller may see the conversation (an unknown and a
 * forbidden conversation look the same: 404). Messages are numbered under a row lock on their
 * conversation; sockets hear of them only after commit.
 */
@Service
public class ChatService {

	private final Conversations conversations;
	private final Messages messages;
	private final ReadMarks readMarks;
	private final AgentDirectory agents;
	private final Routing routing;
	private final Presence presence;
	private final Fanout fanout;
	private final ApplicationEventPublisher events;
	private final ChatProperties properties;
	private final RateLimiter rateLimiter;
	private final MessageWriter writer;
	private final TransactionTemplate transactions;
	private final ChatImages images;
	private final ConversationAccess access;
	private final JsonMapper json;
	private final Clock clock;
	private final Deliveries deliveries;

	ChatService(Conversations conversations, Messages messages, ReadMarks readMarks, AgentDirectory agents,
			Routing routing, Presence presence, Fanout fanout, ApplicationEventPublisher events, ChatProperties properties,
			RateLimiter rateLimiter, MessageWriter writer, TransactionTemplate transactions,
			ChatImages images, ConversationAccess access, JsonMapper json, Clock clock, Deliveries deliveries) {
		this.deliveries = deliveries;
		this.conversations = conversations;
		this.messages = messages;
		this.readMarks = readMarks;
		this.agents = agents;
		this.routing = routing;
		this.presence = presence;
		this.fanout = fanout;
		this.events = events;
		this.properties = properties;
		this.rateLimiter = rateLimiter;
		this.writer = writer;
		this.transactions = transactions;
		this.images = images;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	/** What a client sends; {@code clientMessageId} makes retries safe. */
	public record NewMessage(@Nullable String text, @Nullable String imageUrl, @Nullable String type,
			@Nullable String receiverId, @Nullable String clientMessageId) {
	}

	/** A stored message and whether this call only found it again (a retried send). */
	public record Posted(ChatMessageView message, boolean replayed) {
	}

	// ---- Conversations -----------------------------------------------------------------------------

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
			return view(open.get(), caller);
		}
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var status = agentId != null ? ConversationStatus.ASSIGNED
				: properties.botFirst() ? ConversationStatus.BOT : ConversationStatus.QUEUED;
		var conversation = new Conversation(ConversationId.generate(), customer.userId(), customer.name(),
				status, agentId, null,
				trimmed(topic, "topic", 200), contextJson, trimmed(transactionId, "context.transactionId", 64), null, 0,
				now, now, null);
		if (!conversations.insert(conversation)) {
			// Two initiates at once: the other one opened it.
			return view(conversations.findOpenForCustomer(customer.userId()).orElseThrow(), caller);
		}
		events.publishEvent(new ConversationOpened(conversation.id().value(), conversation.customerId(), status,
				conversation.topic(), conversation.associatedTransactionId(), contextText(context, "screen"),
				contextText(context, "errorCode")));
		if (status == ConversationStatus.BOT) {
			return view(conversation, caller);
		}
		if (agentId == null) {
			routing.enqueue(conversation.id().value(), null);
			if (routing.routableAgents() == 0) {
				var note = systemMessage(conversation, 1, "No agent is online right now. Your chat stays in the queue "
						+ "and an agent will reply as soon as one is free; you can also raise a ticket.", now);
				messages.insert(note);
				conversations.advance(conversation.id(), 1, now);
				deliveries.afterCommit(conversation, List.of(note));
				conversation = conversations.findById(conversation.id()).orElseThrow();
			}
		}
		else {
			routing.assignDirect(conversation.id().value(), agentId);
		}
		return view(conversation, caller);
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

	// ---- Messages ----------------------------------------------------------------------------------

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

	/**
	 * Validates, masks and rate-limits on the caller's thread (CPU only), then hands the message to
	 * the group-commit writer and waits for it to be stored. Not transactional: the writer is.
	 */
	public Posted post(Caller caller, String chatId, NewMessage request) {
		var type = messageType(request);
		var clientMessageId = trimmed(request.clientMessageId(), "clientMessageId", 64);
		if (!ConversationId.isValid(chatId)) {
			throw ProblemException.notFound("Chat " + chatId);
		}
		var id = new ConversationId(chatId);
		if (request.imageUrl() != null && !images.belongsTo(id, request.imageUrl())) {
			throw new InvalidFieldException("imageUrl", "must be an image uploaded to this chat");
		}
		rateLimiter.acquire("chat:send:" + caller.id(), properties.sendLimit().asRateLimit(),
				"You are sending messages too fast. Wait a moment and try again.");
		var masked = request.text() == null ? null : SensitiveData.mask(request.text());
		var receiverId = trimmed(request.receiverId(), "receiverId", 128);
		var draft = new MessageWriter.Draft(type, masked, request.imageUrl(), clientMessageId, receiverId);
		try {
			var written = writer.submit(caller, id, draft).join();
			return new Posted(ChatMessageView.of(written.message(), false), written.replayed());
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
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

	/** The customer ends the chat, or an agent resolves it. */
	@Transactional
	public ChatSessionView close(Caller caller, String chatId) {
		var visible = access.writable(caller, chatId);
		var conversation = conversations.lockForAppend(visible.id()).orElseThrow();
		if (!conversation.status().isOpen()) {
			return view(conversation, caller);
		}
		var now = nextTimestamp(conversation);
		var closed = conversation.closed(conversation.lastSeq() + 1, now);
		var note = caller instanceof Caller.Customer ? caller.displayName() + " ended the chat."
				: caller.displayName() + " marked the chat as resolved.";
		var system = systemMessage(conversation, closed.lastSeq(), note, now);
		messages.insert(system);
		conversations.advance(conversation.id(), closed.lastSeq(), now);
		conversations.updateState(closed);
		routing.release(conversation.id().value());
		deliveries.afterCommit(conversation, List.of(system));
		AfterCommit.run(() -> fanout.publish(conversation.recipients(), ServerFrame.CONVERSATION_UPDATED, closed.summary()));
		return view(closed, caller);
	}

	/**
	 * The assigned agent (or a supervisor) gives the conversation back to the bot: it leaves the agent's
	 * load, and the bot answers the customer's next message.
	 */
	@Transactional
	public ChatSessionView handBack(Caller caller, String chatId) {
		var visible = access.writable(caller, chatId);
		if (!(caller instanceof Caller.Staff staff)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "agents-only", "Only agents hand a chat back to the bot.");
		}
		var conversation = conversations.lockForAppend(visible.id()).orElseThrow();
		if (conversation.status() != ConversationStatus.ASSIGNED) {
			throw ProblemException.conflict("not-assigned",
					"Only a chat an agent has can go back to the bot; this one is " + conversation.status() + ".");
		}
		var now = nextTimestamp(conversation);
		var seq = conversation.lastSeq() + 1;
		var system = systemMessage(conversation, seq, staff.name() + " handed the chat back to the "
				+ app.zetpay.support.chat.BotChannel.BOT_NAME + ". Ask for a person at any time.", now);
		messages.insert(system);
		conversations.advance(conversation.id(), seq, now);
		var back = conversation.handedBack(seq, now);
		conversations.updateState(back);
		routing.release(conversation.id().value());
		deliveries.afterCommit(conversation, List.of(system));
		events.publishEvent(new ConversationHandedBack(conversation.id().value(), staff.id(), staff.name(), seq));
		AfterCommit.run(() -> fanout.publish(conversation.recipients(), ServerFrame.CONVERSATION_UPDATED, back.summary()));
		return view(back, caller);
	}

	// ---- Helpers -----------------------------------------------------------------------------------

	private static @Nullable String contextText(@Nullable Map<String, Object> context, String key) {
		var value = context == null ? null : context.get(key);
		return value == null ? null : String.valueOf(value);
	}


	private Instant nextTimestamp(Conversation conversation) {
		return Timeline.next(clock, conversation.updatedAt());
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

	private ChatSessionView view(Conversation c, Caller caller) {
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

	private ChatMessage systemMessage(Conversation conversation, long seq, String text, Instant at) {
		return Timeline.system(conversation.id(), seq, text, at);
	}

	private MessageType messageType(NewMessage request) {
		var text = request.text() == null ? null : request.text().strip();
		var hasText = text != null && !text.isEmpty();
		var hasImage = request.imageUrl() != null && !request.imageUrl().isBlank();
		if (!hasText && !hasImage) {
			throw new InvalidFieldException("text", "a message needs text or an image");
		}
		if (request.text() != null && request.text().length() > properties.maxMessageLength()) {
			throw new InvalidFieldException("text", "must be at most " + properties.maxMessageLength() + " characters");
		}
		var type = request.type() == null ? (hasImage ? "image" : "text") : request.type().strip().toLowerCase();
		return switch (type) {
			case "text" -> MessageType.TEXT;
			case "image" -> {
				if (!hasImage) {
					throw new InvalidFieldException("imageUrl", "an image message needs an imageUrl");
				}
				yield MessageType.IMAGE;
			}
			default -> throw new InvalidFieldException("type", "must be text or image");
		};
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

	private static @Nullable String trimmed(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidFieldException(field, "must be at most " + max + " characters");
		}
		return stripped;
	}
}
