package app.zetpay.support.chat.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.agents.QueueLabels;

/** Gives the agents module's queue list the conversations' labels. */
@Component
class ChatQueueLabels implements QueueLabels {

	private final Labels labels;

	ChatQueueLabels(Labels labels) {
		this.labels = labels;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, List<String>> of(Collection<String> conversationIds) {
		return labels.ofAll(conversationIds);
	}
}
