package app.zetpay.support.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The embedded default's counters: one node, so its memory is the only place that needs them. */
@Component
@ConditionalOnProperty(name = "support.rate-limits.store", havingValue = "in-process", matchIfMissing = true)
class InProcessRateLimiter implements RateLimiter {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();
	private final Clock clock;

	InProcessRateLimiter(Clock clock) {
		this.clock = clock;
	}

	private record Window(long start, long end, long used) {
	}

	@Override
	public Optional<Duration> tryAcquire(String key, RateLimit limit, long cost) {
		var refusedFor = new long[1];
		windows.compute(key, (k, current) -> {
			// Read under the key's lock: a time read before it could be older than the window another
			// caller has just opened, which would look like a clock gone back and open a fresh window.
			var now = clock.millis();
			var window = current == null || now >= current.end() || now < current.start()
					? new Window(now, now + limit.window().toMillis(), 0) : current;
			if (window.used() + cost > limit.permits()) {
				refusedFor[0] = cost > limit.permits() ? limit.window().toMillis() : window.end() - now;
				return window;
			}
			return new Window(window.start(), window.end(), window.used() + cost);
		});
		return refusedFor[0] > 0 ? Optional.of(Duration.ofMillis(refusedFor[0])) : Optional.empty();
	}

	@Override
	public void release(String key, RateLimit limit, long cost) {
		windows.computeIfPresent(key, (k, window) -> new Window(window.start(), window.end(),
				Math.max(0, window.used() - cost)));
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetEndedWindows() {
		var now = clock.millis();
		windows.values().removeIf(window -> window.end() <= now);
	}
}
