package app.zetpay.support.chat;

/** Where a conversation stands. */
public enum ConversationStatus {
	/** The triage bot is answering; no agent is involved until it hands over. */
	BOT,
	/** Waiting for an agent. */
	QUEUED,
	/** An agent has it. */
	ASSIGNED,
	/** Resolved by the agent or ended by the customer; no more messages. */
	CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}
}
