package app.zetpay.support.chat.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Viewers in Redis, shared by every node: one hash per item, a field per socket holding the entry
 * (with its own expiry), and the hash itself expiring a little after its newest entry would.
 */
@Component
@ConditionalOnProperty(name = "support.chat.fanout", havingValue = "redis")
class RedisViewers implements ViewerRegistry {

	static final String PREFIX = "zetpay:support:viewers:";

	private final StringRedisTemplate redis;
	private final JsonMapper json;

	RedisViewers(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	@Override
	public List<Viewer> put(String item, Viewer viewer, Instant now) {
		var key = PREFIX + item;
		redis.opsForHash().put(key, viewer.socketId(), json.writeValueAsString(viewer));
		redis.expire(key, Duration.between(now, viewer.expiresAt()).plusSeconds(5));
		return live(key, now);
	}

	@Override
	public List<Viewer> remove(String item, String socketId, Instant now) {
		var key = PREFIX + item;
		redis.opsForHash().delete(key, socketId);
		return live(key, now);
	}

	private List<Viewer> live(String key, Instant now) {
		var viewers = new ArrayList<Viewer>();
		for (var entry : redis.opsForHash().entries(key).entrySet()) {
			var viewer = json.readValue(String.valueOf(entry.getValue()), Viewer.class);
			if (viewer.expiresAt().isAfter(now)) {
				viewers.add(viewer);
			}
			else {
				redis.opsForHash().delete(key, entry.getKey());
			}
		}
		return viewers;
	}
}
