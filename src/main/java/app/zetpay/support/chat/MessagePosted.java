package app.zetpay.support.chat;

import java.util.Set;

/**
 * A message was stored (it is delivered once its transaction commits). {@code recipients} are the
 * user ids it goes to (the participants at that moment, and for a note that changes hands, those on
 * either side) so delivery needs no lookup. {@code status} is the conversation's once the message is
 * stored and {@code statusBefore} what it was: they differ only for a note recording a change, such
 * as an agent handing the chat back to the bot.
 */
public record MessagePosted(ChatMessage message, Set<String> recipients, ConversationStatus status,
		ConversationStatus statusBefore) {

	public MessagePosted {
		recipients = Set.copyOf(recipients);
	}

	/** A message that leaves the conversation's status as it was. */
	public MessagePosted(ChatMessage message, Set<String> recipients, ConversationStatus status) {
		this(message, recipients, status, status);
	}

	/** Whether the bot is, or was until this message, answering the conversation. */
	public boolean concernsTheBot() {
		return status == ConversationStatus.BOT || statusBefore == ConversationStatus.BOT;
	}
}
