package app.zetpay.support.helpcenter.internal;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * How long the phases of one search took, as a {@code Server-Timing} header ({@code embed;dur=1.8,
 * index;dur=2.1, …}): DevTools shows it beside the request, and the browser benchmark reads it from
 * Resource Timing to tell the server's phases from the network and the page's rendering.
 */
public final class SearchTimings {

	private final StringJoiner header = new StringJoiner(", ");

	<T> T time(String phase, Supplier<T> step) {
		var start = System.nanoTime();
		try {
			return step.get();
		}
		finally {
			header.add(phase + ";dur=" + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6));
		}
	}

	void time(String phase, Runnable step) {
		time(phase, () -> {
			step.run();
			return null;
		});
	}

	public String header() {
		return header.toString();
	}
}
