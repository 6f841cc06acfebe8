package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The production profile's counters, on the Redis every node shares (runs with -Ppostgres). */
@Tag("production-only")
class RedisRateLimiterTests extends RateLimiterContract {

	static LettuceConnectionFactory connections;

	private RedisRateLimiter limiter;

	@BeforeAll
	static void connect() {
		connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(
				System.getProperty("support.test.redis-host", "localhost"), 6379));
		connections.afterPropertiesSet();
		connections.start();
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	@Override
	RateLimiter limiter() {
		if (limiter == null) {
			limiter = new RedisRateLimiter(new StringRedisTemplate(connections), clock);
		}
		return limiter;
	}

	@Test
	void aGenerousLimitIsLeasedAFewPermitsAtATime() {
		var limit = RateLimit.valueOf("80/1m");

		assertThat(limiter().tryAcquire(key, limit, 1)).isEmpty();

		// One call to Redis took 80/8 = 10 for this node; the next nine come from the lease.
		var template = new StringRedisTemplate(connections);
		assertThat(template.opsForHash().get(RedisRateLimiter.KEY_PREFIX + key, "c")).isEqualTo("10");
		for (int i = 0; i < 9; i++) {
			assertThat(limiter().tryAcquire(key, limit, 1)).isEmpty();
		}
		assertThat(template.opsForHash().get(RedisRateLimiter.KEY_PREFIX + key, "c")).isEqualTo("10");
	}

	@Test
	void twoNodesLeasingTogetherGiveExactlyTheLimit() throws InterruptedException {
		var limit = RateLimit.valueOf("80/1m");
		var nodes = List.of(limiter(), new RedisRateLimiter(new StringRedisTemplate(connections), clock));
		var taken = new AtomicInteger();
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 300; i++) {
				var node = nodes.get(i % 2);
				pool.submit(() -> {
					if (node.tryAcquire(key, limit, 1).isEmpty()) {
						taken.incrementAndGet();
					}
				});
			}
		}

		assertThat(taken).hasValue(80);
		assertThat(nodes.get(1).tryAcquire(key, limit, 1)).isPresent();
	}

	@Test
	void aLeasedPermitGivenBackCanBeTakenAgain() {
		var limit = RateLimit.valueOf("16/1m");
		for (int i = 0; i < 16; i++) {
			assertThat(limiter().tryAcquire(key, limit, 1)).isEmpty();
		}
		assertThat(limiter().tryAcquire(key, limit, 1)).isPresent();

		limiter().release(key, limit, 1);

		assertThat(limiter().tryAcquire(key, limit, 1)).isEmpty();
		assertThat(limiter().tryAcquire(key, limit, 1)).isPresent();
	}

	/** As ChatApiTests sends 20 at once: before leases were taken one at a time per key, each leased three and most were refused. */
	@Test
	void callersArrivingTogetherAreNotRefusedWhilePermitsAreLeft() throws InterruptedException {
		var limit = RateLimit.valueOf("30/1m");
		var taken = new AtomicInteger();
		try (var pool = Executors.newFixedThreadPool(20)) {
			for (int i = 0; i < 20; i++) {
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
