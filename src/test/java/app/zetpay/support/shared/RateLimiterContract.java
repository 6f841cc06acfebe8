package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import app.zetpay.support.testing.MutableClock;

/** What every {@link RateLimiter} does, whatever it counts in; each implementation runs these. */
abstract class RateLimiterContract {

	final MutableClock clock = new MutableClock();

	abstract RateLimiter limiter();

	final String key = "test:" + UUID.randomUUID();

	@Test
	void givesPermitsUntilTheWindowIsUsedUpThenSaysWhenItEnds() {
		var limit = RateLimit.valueOf("3/1m");
		for (int i = 0; i < 3; i++) {
			assertThat(limiter().tryAcquire(key, limit, 1)).isEmpty();
		}
		clock.advance(Duration.ofSeconds(20));

		var refused = limiter().tryAcquire(key, limit, 1);

		assertThat(refused).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(39),
				Duration.ofSeconds(40)));
	}

	@Test
	void aNewWindowOpensWhenTheOldOneEnds() {
		var limit = RateLimit.valueOf("2/10s");
		limiter().tryAcquire(key, limit, 2);
		assertThat(limiter().tryAcquire(key, limit, 1)).isPresent();

		clock.advance(Duration.ofSeconds(10));

		assertThat(limiter().tryAcquire(key, limit, 2)).isEmpty();
		assertThat(limiter().tryAcquire(key, limit, 1)).isPresent();
	}

	@Test
	void eachKeyHasItsOwnAllowance() {
		var limit = RateLimit.valueOf("1/1h");
		assertThat(limiter().tryAcquire(key, limit, 1)).isEmpty();

		assertThat(limiter().tryAcquire(key + ":other", limit, 1)).isEmpty();
		assertThat(limiter().tryAcquire(key, limit, 1)).isPresent();
	}

	@Test
	void aCostTakesThatManyPermitsAndARefusalTakesNone() {
		var bytes = RateLimit.valueOf("10MB/1h");
		assertThat(limiter().tryAcquire(key, bytes, 6 * 1024 * 1024)).isEmpty();

		assertThat(limiter().tryAcquire(key, bytes, 5 * 1024 * 1024)).isPresent();
		assertThat(limiter().tryAcquire(key, bytes, 4 * 1024 * 1024)).isEmpty();
		assertThat(limiter().tryAcquire(key, bytes, 1)).isPresent();
	}

	@Test
	void releaseGivesBackWhatWasTaken() {
		var limit = RateLimit.valueOf("2/1h");
		limiter().tryAcquire(key, limit, 2);

		limiter().release(key, limit, 1);

		assertThat(limiter().tryAcquire(key, limit, 1)).isEmpty();
		assertThat(limiter().tryAcquire(key, limit, 1)).isPresent();
	}

	@Test
	void moreThanTheWholeAllowanceIsRefusedForAWholeWindow() {
		var limit = RateLimit.valueOf("5/1m");

		assertThat(limiter().tryAcquire(key, limit, 6)).contains(Duration.ofMinutes(1));
		assertThat(limiter().tryAcquire(key, limit, 5)).isEmpty();
	}

	@Test
	void concurrentCallersNeverTakeMoreThanTheLimit() throws InterruptedException {
		var limit = RateLimit.valueOf("20/1m");
		var taken = new AtomicInteger();
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 100; i++) {
				pool.submit(() -> {
					if (limiter().tryAcquire(key, limit, 1).isEmpty()) {
						taken.incrementAndGet();
					}
				});
			}
		}

		assertThat(taken).hasValue(20);
	}
}
