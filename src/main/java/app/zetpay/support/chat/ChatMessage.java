package app.zetpay.support.chat;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A stored message, as every participant and every other module sees it. */
public record ChatMessage(String id, ConversationId chatId, long seq, String senderId, String senderName,
		SenderRole senderRole, @Nullable String receiverId, MessageType type, @Nullable String text,
		@Nullable String imageUrl, Instant timestamp, @Nullable String clientMessageId, List<QuickReply> quickReplies) {

	public ChatMessage {
		quickReplies = List.copyOf(quickReplies);
	}

	/** A message without quick replies: everything but the bot's. */
	public ChatMessage(String id, ConversationId chatId, long seq, String senderId, String senderName,
			SenderRole senderRole, @Nullable String receiverId, MessageType type, @Nullable String text,
			@Nullable String imageUrl, Instant timestamp, @Nullable String clientMessageId) {
		this(id, chatId, seq, senderId, senderName, senderRole, receiverId, type, text, imageUrl, timestamp,
				clientMessageId, List.of());
	}
}
