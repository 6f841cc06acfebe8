package app.zetpay.support.chat.internal;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.agents.Presence;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.shared.AfterCommit;

/**
 * Lets agents watch the bot at work: every message of a conversation the bot is answering is also
 * pushed to the connected agents as {@code bot_chat_activity}, so the console can show those chats
 * live and an agent can step in with context. That includes the notes that move a chat into the
 * bot's hands (an agent's hand-back) or out of them (the bot's handover), with the status it has
 * now, so the console knows to start or stop showing it. The event carries both statuses, so other
 * chats cost nothing extra.
 */
@Component
class BotChatWatch {

	private final Presence presence;
	private final Fanout fanout;

	BotChatWatch(Presence presence, Fanout fanout) {
		this.presence = presence;
		this.fanout = fanout;
	}

	/**
	 * A plain listener that defers its push to after the commit itself: Spring Modulith would record
	 * an outbox row for an after-commit transactional listener, on every message of every chat.
	 */
	@EventListener
	void on(MessagePosted posted) {
		if (!posted.concernsTheBot()) {
			return;
		}
		AfterCommit.run(() -> {
			var agents = presence.connectedAgents();
			if (!agents.isEmpty()) {
				var message = posted.message();
				fanout.publish(agents, ServerFrame.BOT_CHAT_ACTIVITY, Map.of("chatId", message.chatId().value(), "status",
						posted.status().name(), "message", ChatMessageView.of(message, false)));
			}
		});
	}
}
