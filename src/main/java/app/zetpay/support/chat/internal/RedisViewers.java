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

	/** The items that have (or recently had) viewers, so a sweep finds them without scanning keys. */
	static final String ITEMS = "zetpay:support:viewer-items";

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
		redis.opsForSet().add(ITEMS, item);
		return live(key, now);
	}

	@Override
	public List<Viewer> remove(String item, String socketId, Instant now) {
		var key = PREFIX + item;
		redis.opsForHash().delete(key, socketId);
		return live(key, now);
	}

	@Override
	public List<Lapsed> expire(Instant now) {
		var lapsed = new ArrayList<Lapsed>();
		var items = redis.opsForSet().members(ITEMS);
		for (var item : items == null ? java.util.Set.<String>of() : items) {
			var key = PREFIX + item;
			var removed = false;
			var left = new ArrayList<Viewer>();
			for (var entry : redis.opsForHash().entries(key).entrySet()) {
				var viewer = json.readValue(String.valueOf(entry.getValue()), Viewer.class);
				if (viewer.expiresAt().isAfter(now)) {
					left.add(viewer);
				}
				// Only the node whose delete took the entry away reports it: one frame, not one per node.
				else if (redis.opsForHash().delete(key, entry.getKey()) > 0) {
					removed = true;
				}
			}
			if (left.isEmpty()) {
				redis.opsForSet().remove(ITEMS, item);
			}
			if (removed) {
				lapsed.add(new Lapsed(item, left));
			}
		}
		return lapsed;
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
