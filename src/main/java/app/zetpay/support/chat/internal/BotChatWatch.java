package app.zetpay.support.chat.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import app.zetpay.support.agents.Presence;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.MessagePosted;

/**
 * Lets agents watch the bot at work: every message of a conversation the bot is answering is also
 * pushed to the connected agents as {@code bot_chat_activity}, so the console can show those chats
 * live and an agent can step in with context. The event carries the conversation's status, so
 * other chats cost nothing extra.
 */
@Component
class BotChatWatch {

	private final Presence presence;
	private final Fanout fanout;

	BotChatWatch(Presence presence, Fanout fanout) {
		this.presence = presence;
		this.fanout = fanout;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(MessagePosted posted) {
		if (posted.status() != ConversationStatus.BOT) {
			return;
		}
		var agents = presence.connectedAgents();
		if (!agents.isEmpty()) {
			var message = posted.message();
			fanout.publish(agents, "bot_chat_activity", Map.of("chatId", message.chatId().value(), "status",
					posted.status().name(), "message", ChatMessageView.of(message, false)));
		}
	}
}
