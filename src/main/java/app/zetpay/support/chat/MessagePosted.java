package app.zetpay.support.chat;

import java.util.Set;

/**
 * A message was committed. {@code recipients} are the user ids of the participants at that moment
 * (customer and assigned agent) and {@code status} the conversation's, so delivery needs no lookup.
 */
public record MessagePosted(ChatMessage message, Set<String> recipients, ConversationStatus status) {

	public MessagePosted {
		recipients = Set.copyOf(recipients);
	}
}
