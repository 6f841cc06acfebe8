package app.zetpay.support.chat;

import java.time.Instant;
import java.util.List;

/**
 * A private note in a conversation named other agents ({@code @handle} or agent id), each of whom
 * may see the conversation. Published in the transaction that stored the note, through the event
 * publication registry, so the mentioned agents hear of it even if this node dies right after.
 */
public record NoteMentioned(String noteId, ConversationId chatId, long noteSeq, String authorId, String authorName,
		List<String> mentionedAgentIds, String excerpt, Instant at) {

	public NoteMentioned {
		mentionedAgentIds = List.copyOf(mentionedAgentIds);
	}
}
