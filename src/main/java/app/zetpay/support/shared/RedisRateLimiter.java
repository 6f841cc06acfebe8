package app.zetpay.support.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Counters shared by every node: one Redis hash per key ({@code s} = window start, {@code c} = used),
 * checked and counted in one script so concurrent requests on different nodes cannot both take the
 * last permit. Times come from the application clock, not Redis's, so every node and every test
 * reckons windows the same way; Redis only expires a hash once its window has ended.
 */
@Component
@ConditionalOnProperty(name = "support.rate-limits.store", havingValue = "redis")
class RedisRateLimiter implements RateLimiter {

	static final String KEY_PREFIX = "zetpay:support:limit:";

	/**
	 * Returns 0 when taken, else the milliseconds until the window ends. A caller whose clock reading
	 * is older than the window's start (read before a concurrent caller's, but run after it) counts
	 * in that window: resetting it there let a 21st of 20 through under load.
	 */
	private static final RedisScript<Long> TAKE = RedisScript.of("""
			local now, window, permits, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
			local stored = redis.call('HMGET', KEYS[1], 's', 'c')
			local start, used = tonumber(stored[1]), tonumber(stored[2])
			if start == nil or now >= start + window then
			  start, used = now, 0
			end
			if used + cost > permits then
			  if cost > permits then return window end
			  return math.min(window, start + window - now)
			end
			redis.call('HSET', KEYS[1], 's', start, 'c', used + cost)
			redis.call('PEXPIRE', KEYS[1], start + window - now)
			return 0""", Long.class);

	private static final RedisScript<Long> GIVE_BACK = RedisScript.of("""
			local used = tonumber(redis.call('HGET', KEYS[1], 'c'))
			if used == nil then return 0 end
			redis.call('HSET', KEYS[1], 'c', math.max(0, used - tonumber(ARGV[1])))
			return 1""", Long.class);

	private final StringRedisTemplate redis;
	private final Clock clock;

	RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	@Override
	public Optional<Duration> tryAcquire(String key, RateLimit limit, long cost) {
		var wait = redis.execute(TAKE, List.of(KEY_PREFIX + key), String.valueOf(clock.millis()),
				String.valueOf(limit.window().toMillis()), String.valueOf(limit.permits()), String.valueOf(cost));
		return wait == null || wait <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(wait));
	}

	@Override
	public void release(String key, RateLimit limit, long cost) {
		redis.execute(GIVE_BACK, List.of(KEY_PREFIX + key), String.valueOf(cost));
	}
}
