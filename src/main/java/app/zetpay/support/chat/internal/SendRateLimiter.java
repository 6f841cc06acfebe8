package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.zetpay.support.shared.ProblemException;

/**
 * A fixed-window limit on messages per sender, counted on the node the sender is connected to. A
 * sender spreading across nodes gets each node's allowance; that bounds abuse well enough without a
 * network round trip on every message (see docs/decisions).
 */
@Component
class SendRateLimiter {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();
	private final ChatProperties.SendLimit limit;
	private final Clock clock;

	SendRateLimiter(ChatProperties properties, Clock clock) {
		this.limit = properties.sendLimit();
		this.clock = clock;
	}

	private record Window(long start, int count) {
	}

	void acquire(String senderId) {
		var now = clock.millis();
		var windowMillis = limit.window().toMillis();
		var window = windows.compute(senderId, (id, current) -> current == null || now - current.start() >= windowMillis
				? new Window(now, 1) : new Window(current.start(), current.count() + 1));
		if (window.count() > limit.messages()) {
			var retryAfter = Math.max(1, (window.start() + windowMillis - now + 999) / 1000);
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "You are sending messages too "
					+ "fast. Wait a moment and try again.", Map.of("retryAfterSeconds", retryAfter));
		}
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetIdleSenders() {
		var cutoff = clock.millis() - limit.window().toMillis();
		windows.values().removeIf(window -> window.start() < cutoff);
	}
}
