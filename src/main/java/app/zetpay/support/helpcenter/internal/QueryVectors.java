package app.zetpay.support.helpcenter.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The embeddings of recent search texts, least recently used dropped first. Embedding a query is
 * the largest part of a search's time on the server (a model run per request, slower under load),
 * and search-as-you-type repeats texts: a person back-spaces and retypes, many ask the same
 * questions. The model is fixed for the life of the process, so an entry never goes stale; the same
 * text (as sent, after trimming) always gives the same vector.
 */
final class QueryVectors {

	private final Map<String, float[]> recent;

	QueryVectors(int capacity) {
		this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The cached vector of {@code text}, or {@code embed}'s, kept. Callers must not change the array. */
	float[] of(String text, Function<String, float[]> embed) {
		var key = text.strip();
		synchronized (recent) {
			var known = recent.get(key);
			if (known != null) {
				return known;
			}
		}
		// Embedded outside the lock: two searches of one new text may both embed it, which is harmless.
		var vector = embed.apply(key);
		synchronized (recent) {
			recent.put(key, vector);
		}
		return vector;
	}

	int size() {
		synchronized (recent) {
			return recent.size();
		}
	}
}
