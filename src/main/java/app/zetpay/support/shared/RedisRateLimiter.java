package app.zetpay.support.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counters shared by every node: one Redis hash per key ({@code s} = window start, {@code c} = used),
 * checked and counted in one script so concurrent requests on different nodes cannot both take the
 * last permit. Times come from the application clock, not Redis's, so every node and every test
 * reckons windows the same way; Redis only expires a hash once its window has ended.
 *
 * <p>Single permits of a generous limit (a chat's sends: one per message) are taken a few at a time:
 * the node leases up to 1/{@value #LEASE_SHARE} of the allowance (at most {@value #MAX_LEASE}) from the
 * shared counter in one call and hands them out locally until the window ends. The cluster still
 * never gives more than the limit (every lease comes out of the one counter); a sender whose
 * requests reach two nodes may be refused a lease's worth early. Per message, the script's round
 * trip was 11.6 % of the server's CPU at 1,000 msg/s (issue 18).
 */
@Component
@ConditionalOnProperty(name = "support.rate-limits.store", havingValue = "redis")
class RedisRateLimiter implements RateLimiter {

	static final String KEY_PREFIX = "zetpay:support:limit:";

	/** Both scripts' start: the arguments, and the key's window as it stands now (a new one if it ended). */
	private static final String WINDOW = """
			local now, window, permits, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
			local stored = redis.call('HMGET', KEYS[1], 's', 'c')
			local start, used = tonumber(stored[1]), tonumber(stored[2])
			if start == nil or now >= start + window then
			  start, used = now, 0
			end
			""";

	/**
	 * Returns 0 when taken, else the milliseconds until the window ends. A caller whose clock reading
	 * is older than the window's start (read before a concurrent caller's, but run after it) counts
	 * in that window: resetting it there let a 21st of 20 through under load.
	 */
	private static final RedisScript<Long> TAKE = RedisScript.of(WINDOW + """
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

	/**
	 * Takes between {@code cost} and {@code lease} permits, as many as are left up to {@code lease}.
	 * Returns {granted, window end} when taken, else {0, milliseconds until the window ends}.
	 */
	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> LEASE = RedisScript.of(WINDOW + """
			local lease = tonumber(ARGV[5])
			if used + cost > permits then
			  return {0, math.min(window, start + window - now)}
			end
			local granted = math.min(lease, permits - used)
			redis.call('HSET', KEYS[1], 's', start, 'c', used + granted)
			redis.call('PEXPIRE', KEYS[1], start + window - now)
			return {granted, start + window}""", List.class);

	static final int LEASE_SHARE = 8;
	static final int MAX_LEASE = 64;

	/** Permits this node took from a window of the shared counter and has not handed out yet. */
	private record Lease(long windowEnd, AtomicLong left) {

		boolean take(long now) {
			if (now >= windowEnd) {
				return false;
			}
			long n;
			do {
				n = left.get();
				if (n <= 0) {
					return false;
				}
			}
			while (!left.compareAndSet(n, n - 1));
			return true;
		}
	}

	private final StringRedisTemplate redis;
	private final Clock clock;
	private final ConcurrentHashMap<String, Lease> leases = new ConcurrentHashMap<>();
	private final ReentrantLock[] stripes = new ReentrantLock[64];

	RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new ReentrantLock();
		}
	}

	@Override
	public Optional<Duration> tryAcquire(String key, RateLimit limit, long cost) {
		var leaseSize = Math.min(MAX_LEASE, limit.permits() / LEASE_SHARE);
		if (cost == 1 && leaseSize > 1) {
			return leased(key, limit, leaseSize);
		}
		var wait = redis.execute(TAKE, List.of(KEY_PREFIX + key), String.valueOf(clock.millis()),
				String.valueOf(limit.window().toMillis()), String.valueOf(limit.permits()), String.valueOf(cost));
		return wait == null || wait <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(wait));
	}

	private Optional<Duration> leased(String key, RateLimit limit, long leaseSize) {
		var lease = leases.get(key);
		if (lease != null && lease.take(clock.millis())) {
			return Optional.empty();
		}
		// One caller of a key leases at a time: callers arriving together would each lease and run the
		// shared counter dry for the rest, who would then be refused with permits left on this node.
		var lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
		lock.lock();
		try {
			var now = clock.millis();
			lease = leases.get(key);
			if (lease != null && lease.take(now)) {
				return Optional.empty();
			}
			var answer = redis.execute(LEASE, List.of(KEY_PREFIX + key), String.valueOf(now),
					String.valueOf(limit.window().toMillis()), String.valueOf(limit.permits()), "1",
					String.valueOf(leaseSize));
			var granted = ((Number) answer.get(0)).longValue();
			var second = ((Number) answer.get(1)).longValue();
			if (granted == 0) {
				return Optional.of(Duration.ofMillis(second));
			}
			// One for this caller, the rest for the next ones until the window ends.
			leases.put(key, new Lease(second, new AtomicLong(granted - 1)));
			return Optional.empty();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * A single permit goes back to this node's lease of the window while it lasts, whether it came from
	 * the lease or straight from Redis: either way it is the same key's allowance in the same window,
	 * and the next caller here takes it without a round trip.
	 */
	@Override
	public void release(String key, RateLimit limit, long cost) {
		var lease = leases.get(key);
		if (cost == 1 && lease != null && clock.millis() < lease.windowEnd()) {
			lease.left().incrementAndGet();
			return;
		}
		redis.execute(GIVE_BACK, List.of(KEY_PREFIX + key), String.valueOf(cost));
	}

	@Scheduled(fixedDelay = 60_000)
	void forgetEndedLeases() {
		var now = clock.millis();
		leases.values().removeIf(lease -> lease.windowEnd() <= now);
	}
}
