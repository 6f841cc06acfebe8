package app.zetpay.support.chat.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.UserNotifier;
import app.zetpay.support.shared.AfterCommit;

@Component
class SocketNotifier implements UserNotifier {

	private final Fanout fanout;

	SocketNotifier(Fanout fanout) {
		this.fanout = fanout;
	}

	@Override
	public void notify(Set<String> userIds, ServerFrame type, Object payload) {
		AfterCommit.run(() -> fanout.publish(userIds, type, payload));
	}
}
