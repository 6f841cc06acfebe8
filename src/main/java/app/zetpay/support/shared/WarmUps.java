package app.zetpay.support.shared;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} once the service is up, one after the other on a thread of their own:
 * started earlier, they would take the second core from the start itself; together, from each other.
 */
@Component
class WarmUps {

	private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

	private final ObjectProvider<WarmUp> warmUps;
	private volatile boolean stopping;

	WarmUps(ObjectProvider<WarmUp> warmUps) {
		this.warmUps = warmUps;
	}

	/** First of the listeners: others (tests among them) may wait for what it starts. */
	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
	void start() {
		List<WarmUp> ordered = warmUps.orderedStream().toList();
		Thread.ofVirtual().name("warm-up").start(() -> {
			var started = System.nanoTime();
			for (var warmUp : ordered) {
				if (stopping) {
					return;
				}
				try {
					warmUp.warmUp();
				}
				catch (RuntimeException e) {
					log.error("Warming up {} failed; the service goes on without it", warmUp.name(), e);
				}
			}
			log.info("Warm-up done in {} ms", (System.nanoTime() - started) / 1_000_000);
		});
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		stopping = true;
	}
}
