package app.zetpay.support.agents;

import org.jspecify.annotations.Nullable;

/**
 * A conversation now belongs to an agent: routed from the queue, picked by the agent, or
 * transferred to them (then with the previous agent and the note).
 */
public record ConversationAssigned(String conversationId, String agentId, String agentName, Reason reason,
		@Nullable String previousAgentId, @Nullable String note) {

	public enum Reason {
		ROUTED, PICKED, TRANSFERRED
	}
}
