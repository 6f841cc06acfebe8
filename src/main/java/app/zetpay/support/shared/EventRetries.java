package app.zetpay.support.shared;

import java.time.Duration;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries cross-module events whose listener failed (a webhook receiver down, a lock timeout).
 * Listeners must tolerate a second delivery: with several nodes each may retry the same event.
 */
@Component
class EventRetries {

	private final IncompleteEventPublications incomplete;

	EventRetries(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Scheduled(fixedDelayString = "${support.events.retry-every:60s}", initialDelayString = "${support.events.retry-every:60s}")
	void retry() {
		incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
	}
}
