package app.zetpay.support.chat;

/**
 * An agent gave a conversation back to the triage bot, which answers again from now on; {@code seq}
 * is that of the message announcing it, which tells a delivery replayed after a crash from a new one.
 */
public record ConversationHandedBack(String conversationId, String agentId, String agentName, long seq) {
}
