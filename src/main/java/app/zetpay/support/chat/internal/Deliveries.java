package app.zetpay.support.chat.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.MessagePosted;
import app.zetpay.support.shared.AfterCommit;

/**
 * Messages written outside the group-commit writer (system notes, the bot's replies): announced as
 * {@link MessagePosted} in the transaction, pushed to the participants' sockets only after commit.
 */
@Component
class Deliveries {

	private final ApplicationEventPublisher events;
	private final Fanout fanout;

	Deliveries(ApplicationEventPublisher events, Fanout fanout) {
		this.events = events;
		this.fanout = fanout;
	}

	void afterCommit(Conversation conversation, List<ChatMessage> posted) {
		var recipients = conversation.recipients();
		posted.forEach(m -> events.publishEvent(new MessagePosted(m, recipients, conversation.status())));
		AfterCommit.run(() -> posted.forEach(
				m -> fanout.publish(recipients, ServerFrame.CHAT_MESSAGE, ChatMessageView.of(m, false))));
	}
}
