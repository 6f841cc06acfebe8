package app.zetpay.support.chat;

/** An agent gave a conversation back to the triage bot, which answers again from now on. */
public record ConversationHandedBack(String conversationId, String agentId, String agentName) {
}
