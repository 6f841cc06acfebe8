package app.zetpay.support.agents;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The labels staff put on conversations, so the queue list shows them: the chat module owns labels
 * and answers this (agents must not depend on chat).
 */
public interface QueueLabels {

	/** Each conversation's labels, in order; conversations without any may be absent. */
	Map<String, List<String>> of(Collection<String> conversationIds);
}
