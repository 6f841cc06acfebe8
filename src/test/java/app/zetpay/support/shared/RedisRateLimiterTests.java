package app.zetpay.support.shared;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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
}
