package app.zetpay.support.chat.internal;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.zetpay.support.chat.UserNotifier;

@Component
class SocketNotifier implements UserNotifier {

	private final Fanout fanout;

	SocketNotifier(Fanout fanout) {
		this.fanout = fanout;
	}

	@Override
	public void notify(Set<String> userIds, String type, Object payload) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			fanout.publish(userIds, type, payload);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				fanout.publish(userIds, type, payload);
			}
		});
	}
}
