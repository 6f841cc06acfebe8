package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The embedded default's viewers: one node, so a map. */
@Component
@ConditionalOnProperty(name = "support.chat.fanout", havingValue = "in-process", matchIfMissing = true)
class InProcessViewers implements ViewerRegistry {

	private final ConcurrentHashMap<String, Map<String, Viewer>> items = new ConcurrentHashMap<>();

	@Override
	public List<Viewer> put(String item, Viewer viewer, Instant now) {
		var viewers = items.compute(item, (key, current) -> {
			var next = current == null ? new ConcurrentHashMap<String, Viewer>() : current;
			next.values().removeIf(v -> !v.expiresAt().isAfter(now));
			next.put(viewer.socketId(), viewer);
			return next;
		});
		return List.copyOf(viewers.values());
	}

	@Override
	public List<Viewer> remove(String item, String socketId, Instant now) {
		var viewers = items.computeIfPresent(item, (key, current) -> {
			current.remove(socketId);
			current.values().removeIf(v -> !v.expiresAt().isAfter(now));
			return current.isEmpty() ? null : current;
		});
		return viewers == null ? List.of() : List.copyOf(viewers.values());
	}

	@Override
	public List<Lapsed> expire(Instant now) {
		var lapsed = new ArrayList<Lapsed>();
		for (var item : items.keySet()) {
			items.computeIfPresent(item, (key, current) -> {
				if (current.values().removeIf(v -> !v.expiresAt().isAfter(now))) {
					lapsed.add(new Lapsed(key, List.copyOf(current.values())));
				}
				return current.isEmpty() ? null : current;
			});
		}
		return lapsed;
	}
}
