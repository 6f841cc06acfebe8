package app.zetpay.support.reports.internal;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The durations of one group (all contacts, a day, an agent) as read from the database, and
 * {@code PERCENTILE_CONT} over them worked out here (decision 0047): on H2 the aggregate with
 * {@code GROUP BY} took about five times as long as reading the same (group, seconds) pairs from the
 * covering index, and one read serves the whole range and its days at once.
 */
final class Samples {

	private long[] values = new long[16];
	private int size;
	private boolean sorted = true;

	void add(long value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
		sorted = false;
	}

	int size() {
		return size;
	}

	/**
	 * {@code PERCENTILE_CONT(fraction) WITHIN GROUP (ORDER BY value)} as PostgreSQL and H2 compute it:
	 * the values in order, position {@code fraction × (n − 1)}, linear interpolation between the values
	 * either side of it; null when there are none.
	 */
	@Nullable Double percentile(double fraction) {
		if (fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("A percentile is between 0 and 1: " + fraction);
		}
		if (size == 0) {
			return null;
		}
		if (!sorted) {
			Arrays.sort(values, 0, size);
			sorted = true;
		}
		var position = fraction * (size - 1);
		var below = (int) Math.floor(position);
		var above = (int) Math.ceil(position);
		double low = values[below];
		return above == below ? low : low + (values[above] - low) * (position - below);
	}

	/** Count, median and 90th percentile. */
	Report.Stat stat() {
		return new Report.Stat(size, percentile(0.5), percentile(0.9));
	}
}
