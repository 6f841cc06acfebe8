package app.zetpay.support.liveview.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.zetpay.support.agents.AgentLoadChanged;
import app.zetpay.support.agents.Presence;
import app.zetpay.support.agents.PresenceChanged;
import app.zetpay.support.agents.QueueChanged;
import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.UserNotifier;
import app.zetpay.support.identity.AgentAccountCreated;
import app.zetpay.support.identity.AgentAccountUpdated;
import app.zetpay.support.shared.AfterCommit;

/**
 * Pushes the live view to the supervisors and admins connected anywhere, when the queue, a socket,
 * a status or a load changed: a change only marks the view stale (after its commit), and a tick
 * sends one fresh snapshot for all the changes since the last. So a burst of routing makes one frame
 * per node per {@code support.liveview.frame-interval}, not one per change. The node that saw the
 * change sends it, read from the shared tables and delivered through the fan-out (Redis across
 * nodes), so nothing here needs another node's memory.
 */
@Component
class LiveViewFrames {

	private final LiveViews views;
	private final Presence presence;
	private final UserNotifier notifier;
	private final AtomicBoolean stale = new AtomicBoolean();

	LiveViewFrames(LiveViews views, Presence presence, UserNotifier notifier) {
		this.views = views;
		this.presence = presence;
		this.notifier = notifier;
	}

	// Plain listeners deferring to the commit, as AgentLoadFrames does: a lost frame is repaired by the
	// next change or the page's own refresh, so these are not worth an outbox row each.
	@EventListener
	void on(QueueChanged changed) {
		markStale();
	}

	@EventListener
	void on(PresenceChanged changed) {
		markStale();
	}

	@EventListener
	void on(AgentLoadChanged changed) {
		markStale();
	}

	@EventListener
	void on(AgentAccountCreated created) {
		markStale();
	}

	@EventListener
	void on(AgentAccountUpdated updated) {
		markStale();
	}

	private void markStale() {
		AfterCommit.run(() -> stale.set(true));
	}

	@Scheduled(fixedDelayString = "${support.liveview.frame-interval:1s}")
	void flush() {
		if (!stale.getAndSet(false)) {
			return;
		}
		var audience = views.leads();
		audience.retainAll(presence.connectedAgents());
		if (!audience.isEmpty()) {
			notifier.notify(audience, ServerFrame.LIVE_VIEW, views.now());
		}
	}
}
