package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.identity.Caller;

/**
 * A private note staff wrote in a conversation: never a message, never the customer's. It has its
 * own number in the conversation ({@code noteSeq}, 1, 2, 3 …) and sits in the staff timeline after
 * the message numbered {@code afterSeq} (0: before the first message), so the customer's message
 * numbers have no gaps (decision 0026).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Note(String id, String chatId, long noteSeq, long afterSeq, String authorId, String authorName,
		String text, List<String> mentions, @Nullable String clientNoteId, Instant timestamp) {

	public Note {
		mentions = List.copyOf(mentions);
	}

	static String newId() {
		return "note_" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * What a note says, masked already; {@code mentioned} are the agents it names, kept only if they
	 * may see the conversation (checked under its lock). {@code clientNoteId} makes a retry safe.
	 */
	record Draft(String text, List<Caller.Staff> mentioned, @Nullable String clientNoteId) {

		Draft {
			mentioned = List.copyOf(mentioned);
		}
	}

	ConversationId conversationId() {
		return new ConversationId(chatId);
	}
}
