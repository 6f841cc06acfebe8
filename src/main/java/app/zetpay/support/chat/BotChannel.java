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

	/**
	 * What a reply answers: a customer's message, the opening of the chat, or an agent's hand-back.
	 * It is the reply's idempotency key: the same prompt answered again (an event delivered a second
	 * time after a crash) posts nothing new.
	 */
	record Prompt(String key) {

		public Prompt {
			if (key.isBlank() || key.length() > 64) {
				throw new IllegalArgumentException("A prompt's key has 1 to 64 characters");
			}
		}

		public static Prompt message(ChatMessage message) {
			return new Prompt("re:" + message.id());
		}

		public static Prompt opening(ConversationId chat) {
			return new Prompt("opened:" + chat.value());
		}

		public static Prompt handBack(ConversationHandedBack back) {
			return new Prompt("back:" + back.conversationId() + ":" + back.seq());
		}
	}

	Optional<BotConversation> find(ConversationId id);

	/**
	 * Posts a message as the bot, through the same group commit as everyone's messages, and waits
	 * until it is stored; false, and nothing posted, when the conversation is not the bot's. True
	 * also when this prompt was answered before (nothing is posted twice). Not after
	 * {@link #handOver} in the same transaction, which holds the conversation the writer needs.
	 */
	boolean reply(ConversationId id, Prompt prompt, String text, List<QuickReply> quickReplies);

	/**
	 * Queues the conversation for agents (of {@code team}, or anyone; ahead of the line when its
	 * priority is URGENT) with {@code why} and {@code summary} as what the agent sees, and tells the
	 * customer {@code notice}; false when it is not the bot's any more.
	 */
	boolean handOver(ConversationId id, @Nullable String team, Handover why, String summary, String notice);

	/**
	 * The bot classified a customer's message as an intent that {@code team} owns: the chat counts
	 * for that team in the reports (decision 0042), also when the bot settles it alone. Its routing
	 * does not change (a later handover goes where the handover rules send it). Nothing when the
	 * chat is no longer the bot's. Commits on its own, so it never holds the chat's rows while the
	 * bot's reply waits for the group commit.
	 */
	void classified(ConversationId id, String team);
}
