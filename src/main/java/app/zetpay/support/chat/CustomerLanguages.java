package app.zetpay.support.chat;

/** The customer's language on each conversation, for whoever answers them (the bot) or reports on them. */
public interface CustomerLanguages {

	/** {@link CustomerLanguage#UNKNOWN} for a conversation nothing is known of. */
	CustomerLanguage of(ConversationId id);
}
