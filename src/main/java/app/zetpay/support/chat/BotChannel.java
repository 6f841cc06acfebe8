package app.zetpay.support.chat;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How the triage bot takes part in conversations: it reads them, answers as the bot, and hands them
 * to the agent pool. Every write checks, under the conversation's lock, that the conversation is
 * still the bot's, so once it is handed over the bot cannot speak in it by mistake.
 */
public interface BotChannel {

	String BOT_ID = "bot";

	String BOT_NAME = "Zet Pay Assistant";

	/** What the bot needs to know about a conversation. */
	record BotConversation(ConversationId id, String customerId, @Nullable String customerName,
			ConversationStatus status, @Nullable String topic, @Nullable String transactionId, @Nullable String screen,
			@Nullable String errorCode) {
	}

	Optional<BotConversation> find(ConversationId id);

	/** Posts a message as the bot; false, and nothing posted, when the conversation is not the bot's. */
	boolean reply(ConversationId id, String text, List<QuickReply> quickReplies);

	/**
	 * Queues the conversation for agents (of {@code team}, or anyone; ahead of the line when
	 * {@code urgent}) with {@code summary} as the note the agent sees, and tells the customer
	 * {@code notice}; false when it is not the bot's any more.
	 */
	boolean handOver(ConversationId id, @Nullable String team, boolean urgent, String summary, String notice);
}
