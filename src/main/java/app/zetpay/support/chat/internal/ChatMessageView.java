package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.QuickReply;

/** A message on the wire, in the shape the Zet Pay app already reads, plus {@code seq}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatMessageView(String id, String chatId, long seq, String senderId, String senderName,
		String senderRole, @Nullable String receiverId, @Nullable String text, @Nullable String imageUrl,
		Instant timestamp, @JsonProperty("isRead") boolean isRead, String type, @Nullable String clientMessageId,
		@Nullable List<QuickReply> quickReplies) {

	public static ChatMessageView of(ChatMessage m, boolean read) {
		return new ChatMessageView(m.id(), m.chatId().value(), m.seq(), m.senderId(), m.senderName(),
				m.senderRole().name(), m.receiverId(), m.text(), m.imageUrl(), m.timestamp(), read, m.type().wire(),
				m.clientMessageId(), m.quickReplies().isEmpty() ? null : m.quickReplies());
	}
}
