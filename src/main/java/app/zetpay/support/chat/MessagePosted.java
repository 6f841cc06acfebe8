package app.zetpay.support.chat;

import java.util.Set;

/**
 * A message was committed. {@code recipients} are the user ids of the participants at that moment
 * (customer and assigned agent), so delivery needs no lookup.
 */
public record MessagePosted(ChatMessage message, Set<String> recipients) {

	public MessagePosted {
		recipients = Set.copyOf(recipients);
	}
}
