package app.zetpay.support.chat.internal;

import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;

/**
 * Pushes what a committed transaction stored to the participants' sockets: each message as
 * {@code chat_message}, then each conversation a note changed as {@code conversation_updated}. Only
 * ever called after the commit, so a message nobody stored is never seen.
 */
@Component
class Deliveries {

	private final Fanout fanout;

	Deliveries(Fanout fanout) {
		this.fanout = fanout;
	}

	void publish(Appender.Outcome committed) {
		committed.posted().forEach(p -> fanout.publish(p.recipients(), ServerFrame.CHAT_MESSAGE,
				ChatMessageView.of(p.message(), false)));
		committed.changed().forEach(c -> fanout.publish(c.audience(), ServerFrame.CONVERSATION_UPDATED,
				c.conversation().summary()));
	}
}
