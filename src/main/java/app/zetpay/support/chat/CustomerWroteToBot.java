package app.zetpay.support.chat;

/**
 * A customer wrote in a conversation the bot is answering. Its own event, not a filter on
 * {@link MessagePosted}: a durable listener on every message would add an outbox row to each write
 * of the chat hot path, for the few messages the bot has to answer.
 */
public record CustomerWroteToBot(ChatMessage message) {
}
