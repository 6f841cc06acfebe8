package app.zetpay.support.agents;

import org.jspecify.annotations.Nullable;

/** A conversation went back to the queue, for a team, when its agent transferred it there. */
public record ConversationRequeued(String conversationId, @Nullable String team, @Nullable String previousAgentId,
		String byName, @Nullable String note) {
}
