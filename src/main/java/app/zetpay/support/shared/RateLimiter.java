package app.zetpay.support.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts how much of an allowance each key (a user, a socket) has used. Windows are fixed and open at
 * a key's first use, so a key that stays under its limit is never refused, and a refusal says exactly
 * when the window ends. The production profile counts in Redis ({@code support.rate-limits.store=redis})
 * so the allowance is one for the whole cluster, not one per node; the embedded default, a single
 * node, counts in memory.
 */
public interface RateLimiter {

	/**
	 * Takes {@code cost} from the allowance of {@code key} if it fits.
	 *
	 * @return empty when taken; otherwise how long until it would fit (nothing is taken)
	 */
	Optional<Duration> tryAcquire(String key, RateLimit limit, long cost);

	/** Gives back what an earlier {@link #tryAcquire} took, when the work it paid for was not done after all. */
	void release(String key, RateLimit limit, long cost);

	/** Takes one permit or refuses with 429 {@code rate-limited}, its {@code retryAfter} and {@code detail}. */
	default void acquire(String key, RateLimit limit, String detail) {
		acquire(key, limit, 1, detail);
	}

	/** Takes {@code cost} or refuses with 429 {@code rate-limited}, its {@code retryAfter} and {@code detail}. */
	default void acquire(String key, RateLimit limit, long cost, String detail) {
		var wait = tryAcquire(key, limit, cost);
		if (wait.isPresent()) {
			throw ProblemException.tooManyRequests("rate-limited", detail, wait.get());
		}
	}
}
