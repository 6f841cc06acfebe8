package app.zetpay.support.chat;

import org.jspecify.annotations.Nullable;

/**
 * A customer opened a support conversation. {@code status} says who answers first: {@code BOT}
 * when the triage bot does. {@code screen} and {@code errorCode} come from the context the app sent
 * (the screen the customer was on), when it sent them.
 */
public record ConversationOpened(String conversationId, String customerId, ConversationStatus status,
		@Nullable String topic, @Nullable String transactionId, @Nullable String screen, @Nullable String errorCode) {
}
