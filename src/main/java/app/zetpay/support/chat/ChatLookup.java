package app.zetpay.support.chat;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.identity.Caller;

/** Read access to conversations for other modules: ratings and chat-to-ticket need it. */
public interface ChatLookup {

	/** A conversation as other modules need it. */
	record ChatSummary(ConversationId id, String customerId, @Nullable String customerName, ConversationStatus status,
			@Nullable String assignedAgentId, @Nullable String topic, @Nullable String associatedTransactionId) {
	}

	/** The conversation if {@code caller} may see it. */
	Optional<ChatSummary> find(Caller caller, String chatId);

	/** Every message of the conversation, oldest first (it must be visible to {@code caller}). */
	List<ChatMessage> transcript(Caller caller, String chatId);
}
