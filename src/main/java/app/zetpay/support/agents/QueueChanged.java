package app.zetpay.support.agents;

/** A conversation joined or left the queue (routed, picked, transferred back, closed). */
public record QueueChanged(String conversationId) {
}
