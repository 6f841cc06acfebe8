package app.zetpay.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Every latency of the measured window, kept exactly (8 bytes a message) so percentiles need no
 * histogram approximation. Sized up front from the number of messages; extra values are dropped
 * rather than grown, since more values than messages would itself be a bug the checks report.
 */
final class Latencies {

	private final AtomicLongArray nanos;
	private final AtomicInteger count = new AtomicInteger();

	Latencies(int capacity) {
		this.nanos = new AtomicLongArray(capacity);
	}

	void add(long latencyNanos) {
		int at = count.getAndIncrement();
		if (at < nanos.length()) {
			nanos.set(at, latencyNanos);
		}
	}

	/** Percentiles in milliseconds; call once recording has stopped. */
	Summary summarize() {
		var sorted = new long[Math.min(count.get(), nanos.length())];
		Arrays.setAll(sorted, nanos::get);
		Arrays.sort(sorted);
		return new Summary(sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
				sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
				sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6);
	}

	/** Nearest rank: the smallest value with at least {@code q} of all values at or below it. */
	private static double millis(long[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	record Summary(int count, double p50, double p95, double p99, double max, double mean) {
	}
}
