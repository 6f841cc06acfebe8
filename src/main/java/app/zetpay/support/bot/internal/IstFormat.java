package app.zetpay.support.bot.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and times in the bot's words exactly as the web app writes them (its {@code formatIst} and
 * {@code formatIstDate}: {@code Intl.DateTimeFormat('en-IN')} in Asia/Kolkata): "4 Sept 2026, 3:30 pm
 * IST" and "8 Dec". Java's English "PM" and "Sep" would read differently from the times beside them.
 */
final class IstFormat {

	static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	private static final Map<Long, String> MONTHS = Map.ofEntries(Map.entry(1L, "Jan"), Map.entry(2L, "Feb"),
			Map.entry(3L, "Mar"), Map.entry(4L, "Apr"), Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"),
			Map.entry(8L, "Aug"), Map.entry(9L, "Sept"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"),
			Map.entry(12L, "Dec"));

	private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().appendValue(ChronoField.DAY_OF_MONTH)
		.appendLiteral(' ')
		.appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
		.toFormatter(Locale.ENGLISH);

	private static final DateTimeFormatter WHEN = new DateTimeFormatterBuilder().append(DAY)
		.appendLiteral(' ')
		.appendValue(ChronoField.YEAR)
		.appendLiteral(", ")
		.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM)
		.appendLiteral(':')
		.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.appendLiteral(' ')
		.appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, "am", 1L, "pm"))
		.appendLiteral(" IST")
		.toFormatter(Locale.ENGLISH)
		.withZone(IST);

	private IstFormat() {
	}

	/** "4 Sept 2026, 3:30 pm IST". */
	static String dateTime(Instant instant) {
		return WHEN.format(instant);
	}

	/** "8 Dec": a calendar date (refund ETAs), as the app writes one in the current year. */
	static String day(LocalDate date) {
		return DAY.format(date);
	}
}
