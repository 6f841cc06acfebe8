package app.zetpay.support.chat.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.CustomerLanguage;

/**
 * What a view shows of a conversation beside its messages and state, each kept in a table of its
 * own: staff's labels and the customer's language.
 */
@Component
class ConversationFacets {

	private final Labels labels;
	private final ConversationLanguages languages;

	ConversationFacets(Labels labels, ConversationLanguages languages) {
		this.labels = labels;
		this.languages = languages;
	}

	List<String> labels(ConversationId id) {
		return labels.of(id);
	}

	Map<String, List<String>> labelsOfAll(Collection<String> ids) {
		return labels.ofAll(ids);
	}

	CustomerLanguage language(ConversationId id) {
		return languages.of(id);
	}
}
