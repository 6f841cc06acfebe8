package app.zetpay.support.agents;

import org.jspecify.annotations.Nullable;

/**
 * A conversation went back to the queue, for a team (null: any agent): its agent transferred it
 * there, or its agent can no longer take chats (disabled, or no longer an agent).
 */
public record ConversationRequeued(String conversationId, @Nullable String team, @Nullable String previousAgentId,
		String byName, @Nullable String note, Reason reason) {

	public enum Reason {
		TRANSFERRED, AGENT_UNAVAILABLE
	}
}
