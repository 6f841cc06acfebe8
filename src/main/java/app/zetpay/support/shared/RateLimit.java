package app.zetpay.support.shared;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * An allowance: {@code permits} per {@code window}, written {@code 10/1h} in configuration (a byte
 * allowance as {@code 100MB/1h}). Binding finds {@link #valueOf(String)} on its own, so any
 * {@code @ConfigurationProperties} record can hold one.
 */
public record RateLimit(long permits, Duration window) {

	public RateLimit {
		if (permits < 1) {
			throw new IllegalArgumentException("A rate limit needs at least one permit, not " + permits);
		}
		if (window.isNegative() || window.toMillis() < 1) {
			throw new IllegalArgumentException("A rate limit needs a window of at least 1 ms, not " + window);
		}
	}

	/** Parses {@code 30/10s}, {@code 10/1h}, {@code 100MB/1h} or {@code 5/PT1M}. */
	public static RateLimit valueOf(String text) {
		var slash = text.indexOf('/');
		if (slash < 1 || slash == text.length() - 1) {
			throw new IllegalArgumentException("Write a rate limit as <permits>/<window>, e.g. 10/1h, not '" + text + "'");
		}
		var amount = text.substring(0, slash).strip();
		var permits = amount.chars().allMatch(Character::isDigit) ? Long.parseLong(amount)
				: DataSize.parse(amount.toUpperCase(Locale.ROOT)).toBytes();
		return new RateLimit(permits, DurationStyle.detectAndParse(text.substring(slash + 1).strip()));
	}

	@Override
	public String toString() {
		return permits + "/" + window;
	}
}
