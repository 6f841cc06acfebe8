package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.Handover;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;

/**
 * A support conversation. Owns who may see it: the customer, the assigned agent, agents of its
 * team, and supervisors and admins.
 */
public record Conversation(ConversationId id, String customerId, @Nullable String customerName,
		ConversationStatus status, @Nullable String assignedAgentId, @Nullable String team, @Nullable String topic,
		@Nullable String context, @Nullable String associatedTransactionId, @Nullable String handoverNote, long lastSeq,
		Instant createdAt, Instant updatedAt, @Nullable Instant closedAt, @Nullable Handover handover,
		long assignedSeq) {

	/** The pseudo-participant that stands for the agent pool while no agent is assigned. */
	public static final String SUPPORT = "support";

	/** The size of the {@code handover_note} column: a longer bot summary is cut to it. */
	static final int HANDOVER_NOTE_LIMIT = 2_000;

	public boolean isVisibleTo(Caller caller) {
		return switch (caller) {
			case Caller.Customer customer -> customerId.equals(customer.userId());
			case Caller.Staff staff -> staff.hasRole(Role.SUPERVISOR) || staff.hasRole(Role.ADMIN)
					|| staff.id().equals(assignedAgentId)
					|| (team != null && staff.teams().contains(new TeamName(team)))
					// Agents preview what waits in the queue for them before they pick it.
					|| (status == ConversationStatus.QUEUED && team == null && staff.hasRole(Role.AGENT))
					// Agents watch what the bot is doing, so they can step in with context.
					|| (status == ConversationStatus.BOT && staff.hasRole(Role.AGENT));
		};
	}

	/**
	 * Who may write: the customer and the assigned agent, and supervisors or admins, who may step in.
	 * Other agents can read a waiting conversation but must pick it first.
	 */
	public boolean isWritableBy(Caller caller) {
		return switch (caller) {
			case Caller.Customer customer -> customerId.equals(customer.userId());
			case Caller.Staff staff -> staff.id().equals(assignedAgentId) || staff.hasRole(Role.SUPERVISOR)
					|| staff.hasRole(Role.ADMIN);
		};
	}

	/** What sockets are told when the conversation changes hands or ends. */
	Map<String, Object> summary() {
		var summary = new LinkedHashMap<String, Object>();
		summary.put("chatId", id.value());
		summary.put("status", status.name());
		summary.put("assignedAgentId", assignedAgentId);
		summary.put("team", team);
		summary.put("lastSeq", lastSeq);
		return summary;
	}

	/** Its counter and clock after a message numbered {@code seq} at {@code at}; nothing else changes. */
	Conversation advancedTo(long seq, Instant at) {
		return new Conversation(id, customerId, customerName, status, assignedAgentId, team, topic, context,
				associatedTransactionId, handoverNote, seq, createdAt, at, closedAt, handover, assignedSeq);
	}

	/**
	 * A routed assignment brings no note of its own: the bot's handover summary stays for the agent.
	 * The agent joins at {@code newLastSeq} (the message saying so): what came before is not unread for them.
	 */
	Conversation assignedTo(String agentId, @Nullable String note, long newLastSeq, Instant at) {
		return new Conversation(id, customerId, customerName, ConversationStatus.ASSIGNED, agentId, team, topic, context,
				associatedTransactionId, note == null ? handoverNote : note, newLastSeq, createdAt, at, null, handover,
				newLastSeq);
	}

	/**
	 * The bot hands over: the conversation joins the queue (for a team, or anyone) with its summary,
	 * cut to {@value #HANDOVER_NOTE_LIMIT} characters with an ellipsis when longer.
	 */
	Conversation handedOver(@Nullable String toTeam, Handover why, String summary, long newLastSeq, Instant at) {
		var note = summary.length() > HANDOVER_NOTE_LIMIT ? cut(summary, HANDOVER_NOTE_LIMIT - 1) + "…" : summary;
		return new Conversation(id, customerId, customerName, ConversationStatus.QUEUED, null, toTeam, topic, context,
				associatedTransactionId, note, newLastSeq, createdAt, at, null, why, 0);
	}

	/** The first {@code length} chars, one fewer if the last would be half of an emoji's surrogate pair. */
	private static String cut(String text, int length) {
		return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
	}

	/** The agent gives the conversation back to the bot; the old handover's cause no longer applies. */
	Conversation handedBack(long newLastSeq, Instant at) {
		return new Conversation(id, customerId, customerName, ConversationStatus.BOT, null, null, topic, context,
				associatedTransactionId, handoverNote, newLastSeq, createdAt, at, null, null, 0);
	}

	/** Back to a queue; a note replaces the pinned summary, no note keeps the bot's for whoever picks it next. */
	Conversation requeued(@Nullable String toTeam, @Nullable String note, long newLastSeq, Instant at) {
		return new Conversation(id, customerId, customerName, ConversationStatus.QUEUED, null, toTeam, topic, context,
				associatedTransactionId, note == null ? handoverNote : note, newLastSeq, createdAt, at, null, handover, 0);
	}

	Conversation closed(long finalSeq, Instant at) {
		return new Conversation(id, customerId, customerName, ConversationStatus.CLOSED, assignedAgentId, team, topic,
				context, associatedTransactionId, handoverNote, finalSeq, createdAt, at, at, handover, assignedSeq);
	}

	/** Who receives its messages: the customer and, once assigned, the agent. */
	public Set<String> recipients() {
		return assignedAgentId == null ? Set.of(customerId) : Set.of(customerId, assignedAgentId);
	}

	/** The other side of a message from {@code senderId}. */
	public String counterpartOf(String senderId) {
		if (senderId.equals(customerId)) {
			return assignedAgentId == null ? SUPPORT : assignedAgentId;
		}
		return customerId;
	}
}
