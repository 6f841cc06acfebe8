package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.chat.CustomerLanguage;
import app.zetpay.support.chat.Handover;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A conversation on the wire: the app's ChatSession shape plus status, topic and context; for staff
 * also the handover note, the bot's typed handover (cause and priority) and the labels; for both,
 * the customer's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatSessionView(String id, List<String> participants, Map<String, String> participantNames,
		@Nullable ChatMessageView lastMessage, Instant updatedAt, Map<String, Long> unreadCounts,
		@Nullable String associatedTransactionId, String status, @Nullable String assignedAgentId,
		@Nullable String team, @Nullable String topic, @Nullable Object context, long lastSeq, Instant createdAt,
		@Nullable QueueView queue, @Nullable String handoverNote, @Nullable Boolean agentOnline,
		@Nullable List<String> labels, @Nullable Handover handover, @Nullable LanguageView language) {

	/**
	 * The customer's language: {@code detected} from their latest message ("en", "hi" for
	 * Devanagari, "hi-Latn" for Hinglish; absent before they write) and {@code preferred}, chosen in
	 * the app ("en" or "hi"; absent when it did not say).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record LanguageView(@Nullable String detected, @Nullable String preferred) {

		static @Nullable LanguageView of(CustomerLanguage language) {
			return language.detected() == null && language.preferred() == null ? null
					: new LanguageView(language.detected() == null ? null : language.detected().tag(),
							language.preferred() == null ? null : language.preferred().tag());
		}
	}
}
