package app.zetpay.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Every latency of the measured window, kept exactly (8 bytes a message) so percentiles need no
 * histogram approximation. Sized up front from the number of messages; extra values are dropped
 * rather than grown, since more values than messages would itself be a bug the checks report.
 */
final class Latencies {

	private final AtomicLongArray nanos;
	/** When each value's message was sent (System.nanoTime()), for the p99 second by second. */
	private final AtomicLongArray sentAt;
	private final AtomicInteger count = new AtomicInteger();

	Latencies(int capacity) {
		this.nanos = new AtomicLongArray(capacity);
		this.sentAt = new AtomicLongArray(capacity);
	}

	void add(long sentAtNanos, long latencyNanos) {
		int at = count.getAndIncrement();
		if (at < nanos.length()) {
			nanos.set(at, latencyNanos);
			sentAt.set(at, sentAtNanos);
		}
	}

	/**
	 * The p99 (ms) of the messages sent in each second from the first send: shows whether a tail is
	 * spread over the run or comes from a few bad seconds (a checkpoint, a GC, the run's first second).
	 */
	List<Double> p99PerSecond() {
		var n = Math.min(count.get(), nanos.length());
		if (n == 0) {
			return List.of();
		}
		long first = Long.MAX_VALUE;
		for (int i = 0; i < n; i++) {
			first = Math.min(first, sentAt.get(i));
		}
		var seconds = new ArrayList<List<Long>>();
		for (int i = 0; i < n; i++) {
			var second = (int) ((sentAt.get(i) - first) / 1_000_000_000L);
			while (seconds.size() <= second) {
				seconds.add(new ArrayList<>());
			}
			seconds.get(second).add(nanos.get(i));
		}
		var p99 = new ArrayList<Double>(seconds.size());
		for (var values : seconds) {
			var sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
			p99.add(millis(sorted, 0.99));
		}
		return p99;
	}

	/** Percentiles in milliseconds; call once recording has stopped. */
	Summary summarize() {
		var sorted = new long[Math.min(count.get(), nanos.length())];
		Arrays.setAll(sorted, nanos::get);
		Arrays.sort(sorted);
		return new Summary(sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
				sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
				sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6, p99PerSecond());
	}

	/** Nearest rank: the smallest value with at least {@code q} of all values at or below it. */
	private static double millis(long[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	record Summary(int count, double p50, double p95, double p99, double max, double mean, List<Double> p99PerSecond) {
	}
}
