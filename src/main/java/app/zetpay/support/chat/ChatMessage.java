package app.zetpay.support.chat;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A stored message, as every participant and every other module sees it. */
public record ChatMessage(String id, ConversationId chatId, long seq, String senderId, String senderName,
		SenderRole senderRole, @Nullable String receiverId, MessageType type, @Nullable String text,
		@Nullable String imageUrl, Instant timestamp, @Nullable String clientMessageId) {
}
