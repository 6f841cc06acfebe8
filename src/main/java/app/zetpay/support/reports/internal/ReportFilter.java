package app.zetpay.support.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.reports.Channel;
import app.zetpay.support.shared.ProblemException;

/**
 * What a report covers: the IST days {@code from} to {@code to}, both included, and optionally one
 * team, one agent and one channel. Built only through {@link #parse}, which refuses bad input with a
 * 400 rather than letting it reach SQL.
 */
public record ReportFilter(LocalDate from, LocalDate to, @Nullable String team, @Nullable String agentId,
		@Nullable Channel channel) {

	/** Support works on Indian time: days, hours and weekdays of every report are IST. */
	public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
	/** A year and a day, so that "the last year" always fits, leap or not. */
	static final int MAX_DAYS = 366;
	private static final int MAX_ID = 40;

	/** The first instant of the range: midnight IST at the start of {@code from}. */
	public Instant start() {
		return from.atStartOfDay(IST).toInstant();
	}

	/** The first instant after the range: midnight IST at the end of {@code to}. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(IST).toInstant();
	}

	/**
	 * The filter from request parameters; a missing range is the last seven IST days up to
	 * {@code today}.
	 */
	public static ReportFilter parse(@Nullable String from, @Nullable String to, @Nullable String team,
			@Nullable String agentId, @Nullable String channel, LocalDate today) {
		var end = blank(to) ? today : date("to", to);
		var start = blank(from) ? end.minusDays(6) : date("from", from);
		if (start.isAfter(end)) {
			throw ProblemException.badRequest("invalid-range", "from must not be after to.");
		}
		if (start.plusDays(MAX_DAYS).isBefore(end.plusDays(1))) {
			throw ProblemException.badRequest("invalid-range", "A report covers at most " + MAX_DAYS + " days.");
		}
		return new ReportFilter(start, end, id("team", team), id("agentId", agentId), channel(channel));
	}

	private static LocalDate date(String name, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw ProblemException.badRequest("invalid-parameter", name + " must be a date like 2026-01-31.");
		}
	}

	private static @Nullable String id(String name, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		var stripped = value.strip();
		if (stripped.length() > MAX_ID || stripped.chars().anyMatch(Character::isISOControl)) {
			throw ProblemException.badRequest("invalid-parameter", name + " is not a valid " + name + ".");
		}
		return stripped;
	}

	private static @Nullable Channel channel(@Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw ProblemException.badRequest("invalid-parameter",
					"channel must be one of " + Arrays.toString(Channel.values()) + ".");
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
