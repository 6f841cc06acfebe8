package app.zetpay.support.shared;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} once the service is up, one after the other on a thread of their own:
 * started earlier, they would take the second core from the start itself; together, from each other.
 * They begin {@code support.warm-up.delay} (2 s) after the service is up, not at once: its first
 * requests (a load balancer's health checks, the first chat, the first search) still run cold code,
 * and on two cores a warm-up beside them took the second core from them (docs/decisions/0024).
 */
@Component
class WarmUps {

	private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

	private final ObjectProvider<WarmUp> warmUps;
	private final Duration delay;
	private volatile boolean stopping;

	WarmUps(ObjectProvider<WarmUp> warmUps, @Value("${support.warm-up.delay:2s}") Duration delay) {
		this.warmUps = warmUps;
		this.delay = delay;
	}

	/** First of the listeners: others (tests among them) may wait for what it starts. */
	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
	void start() {
		List<WarmUp> ordered = warmUps.orderedStream().toList();
		Thread.ofVirtual().name("warm-up").start(() -> {
			try {
				Thread.sleep(delay);
			}
			catch (InterruptedException e) {
				return;
			}
			var started = System.nanoTime();
			for (var warmUp : ordered) {
				// NativeLoads closes at SIGTERM, a moment before the context closes (stopping).
				if (stopping || NativeLoads.closing()) {
					return;
				}
				try {
					warmUp.warmUp();
				}
				catch (RuntimeException e) {
					if (NativeLoads.closing()) {
						log.info("Warming up {} stopped by the shutdown", warmUp.name());
						return;
					}
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
