package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationOpened;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.language.Language;
import app.zetpay.support.shared.InvalidFieldException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's new conversation: what they asked with (topic, and the app's context: screen,
 * payment, error, the language the app is in) checked and kept, who answers first (a named agent, the bot or the queue), and
 * {@link ConversationOpened} announced in the transaction that stores it.
 */
@Component
class NewConversations {

	private final Conversations conversations;
	private final ApplicationEventPublisher events;
	private final ChatProperties properties;
	private final JsonMapper json;
	private final Clock clock;
	private final ConversationLanguages languages;

	NewConversations(Conversations conversations, ApplicationEventPublisher events, ChatProperties properties,
			JsonMapper json, Clock clock, ConversationLanguages languages) {
		this.languages = languages;
		this.conversations = conversations;
		this.events = events;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/** The app's context, as stored (JSON) and as the bot and the agent read it. */
	record Context(@Nullable String json, @Nullable String transactionId, @Nullable String screen,
			@Nullable String errorCode, @Nullable Language language) {
	}

	/** Checked before anything else, so an oversized context is refused whoever sends it. */
	Context context(@Nullable Map<String, Object> context) {
		return new Context(contextJson(context), text(context, "transactionId"), text(context, "screen"),
				text(context, "errorCode"), preferred(text(context, "language")));
	}

	/** Stores the conversation unless the customer already has one open (empty then: two initiates at once). */
	Optional<Conversation> open(Caller.Customer customer, @Nullable String agentId, @Nullable String topic,
			Context context) {
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var status = agentId != null ? ConversationStatus.ASSIGNED
				: properties.botFirst() ? ConversationStatus.BOT : ConversationStatus.QUEUED;
		var conversation = new Conversation(ConversationId.generate(), customer.userId(), customer.name(), status,
				agentId, null, Fields.trimmed(topic, "topic", 200), context.json(),
				Fields.trimmed(context.transactionId(), "context.transactionId", 64), null, 0, now, now, null, null, 0);
		if (!conversations.insert(conversation)) {
			return Optional.empty();
		}
		if (context.language() != null) {
			languages.prefer(conversation.id(), context.language(), now);
		}
		events.publishEvent(new ConversationOpened(conversation.id().value(), conversation.customerId(), status,
				conversation.topic(), conversation.associatedTransactionId(), context.screen(), context.errorCode()));
		return Optional.of(conversation);
	}

	/**
	 * The language the app is shown in ("en", "hi"), which the customer chose: the bot answers in it.
	 * Also what {@code PUT /api/chat/{id}/language} takes.
	 */
	static @Nullable Language preferred(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		return Language.ofTag(tag).filter(l -> l != Language.HINGLISH)
				.orElseThrow(() -> new InvalidFieldException("context.language", "must be \"en\" or \"hi\""));
	}

	private @Nullable String contextJson(@Nullable Map<String, Object> context) {
		if (context == null || context.isEmpty()) {
			return null;
		}
		var text = json.writeValueAsString(context);
		if (text.length() > properties.maxContextLength()) {
			throw new InvalidFieldException("context", "must be at most " + properties.maxContextLength()
					+ " characters of JSON");
		}
		return text;
	}

	private static @Nullable String text(@Nullable Map<String, Object> context, String key) {
		var value = context == null ? null : context.get(key);
		return value == null ? null : String.valueOf(value);
	}
}
