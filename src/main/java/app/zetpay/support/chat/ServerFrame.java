package app.zetpay.support.chat;

import java.util.Locale;

/**
 * Every frame type the server sends on {@code /ws}: the socket protocol's vocabulary in one place,
 * so a client (and a reader) finds them all here and a typo cannot make a new one.
 */
public enum ServerFrame {

	/** Answers {@code authenticate}. */
	AUTH_SUCCESS,
	/** A token refused, or a socket closed for its account's rights or its token's expiry (with a code). */
	AUTH_FAILED,
	/** Answers {@code reauthenticate}. */
	REAUTHENTICATED,
	PONG,
	/** A message was stored (or found again for a retried {@code clientMessageId}). */
	MESSAGE_ACK,
	/** The end of a {@code resume} replay. */
	RESUME_COMPLETE,
	/** A frame could not be handled; the socket stays open. */
	ERROR,
	CHAT_MESSAGE,
	CONVERSATION_UPDATED,
	QUEUE_UPDATE,
	PRESENCE,
	TYPING,
	MESSAGE_READ,
	/** To staff only: a private note in a conversation they may see. */
	CHAT_NOTE,
	/** To a mentioned agent: a note named them. */
	MENTION,
	/** To staff with the same conversation or ticket open: who is viewing or typing there. */
	VIEWERS_CHANGED,
	/** To an agent: their status, open chats and capacity changed (assigned, picked, moved, closed, status set). */
	AGENT_LOAD,
	/** To agents watching a bot conversation. */
	BOT_CHAT_ACTIVITY,
	/** To a customer: one of their tickets changed. */
	TICKET_UPDATED,
	/** To the assignee and the supervisors: a ticket missed an SLA target. */
	TICKET_SLA_BREACHED,
	/** To connected supervisors and admins: the live view changed (queue, presence, load), coalesced. */
	LIVE_VIEW,
	/** To the customer and the agent of a co-browsing session: it was requested, accepted, declined or ended (why, by whom). */
	COBROWSE_SESSION,
	/** To the agent watching a co-browsing session only: a chunk of the customer's recorded page (rrweb events). */
	COBROWSE_EVENTS,
	/** To the customer: the agent points at an element of their page. */
	COBROWSE_HIGHLIGHT,
	/** To the customer: the agent's view fell behind, send a fresh full snapshot. */
	COBROWSE_RESYNC;

	/** The {@code type} on the wire. */
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
