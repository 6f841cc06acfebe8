package app.zetpay.support.chat;

import java.time.Instant;

/**
 * Where a customer's rating of a chat is kept for the reports: on the chat's own report row, which
 * the chat module owns (decision 0042). The tickets module stores the rating and calls this in the
 * same transaction, so the reports never count a rating that was not stored, or miss one that was.
 */
public interface ChatRatings {

	/** The chat was rated {@code rating} (1–5) at {@code at}; a chat is rated once. */
	void rated(ConversationId chat, int rating, Instant at);
}
