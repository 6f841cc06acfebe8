package app.zetpay.support.tickets.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business time: support hours for SLA targets, banking days for refund ETAs. Weekends (as
 * configured) and holidays are skipped by both.
 */
record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workdays, LocalTime opens, LocalTime closes,
		Set<DayOfWeek> bankingDays, Set<LocalDate> holidays) {

	BusinessCalendar {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Business hours must open before they close");
		}
		if (workdays.isEmpty() || bankingDays.isEmpty()) {
			throw new IllegalArgumentException("A week needs at least one working day");
		}
		workdays = Set.copyOf(workdays);
		bankingDays = Set.copyOf(bankingDays);
		holidays = Set.copyOf(holidays);
	}

	static BusinessCalendar of(TicketsProperties properties) {
		return new BusinessCalendar(properties.zone(), properties.hours().days(), properties.hours().opens(),
				properties.hours().closes(), properties.bankingDays(), Set.copyOf(properties.holidays()));
	}

	/** The banking day {@code days} banking days after the day {@code from} falls on. */
	LocalDate plusBankingDays(Instant from, int days) {
		var date = from.atZone(zone).toLocalDate();
		var counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isBankingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/** The instant when {@code amount} of business time has passed since {@code from}. */
	Instant plusBusinessTime(Instant from, Duration amount) {
		var cursor = from.atZone(zone);
		var left = amount;
		// Bounded: a year of calendar days is far more than any SLA target needs.
		for (int day = 0; day < 366 * 2; day++) {
			var date = cursor.toLocalDate();
			if (isWorkday(date)) {
				var open = date.atTime(opens).atZone(zone);
				var close = date.atTime(closes).atZone(zone);
				var start = cursor.isBefore(open) ? open : cursor;
				if (start.isBefore(close)) {
					var available = Duration.between(start, close);
					if (left.compareTo(available) <= 0) {
						return start.plus(left).toInstant();
					}
					left = left.minus(available);
				}
			}
			cursor = date.plusDays(1).atStartOfDay(zone);
		}
		throw new IllegalStateException("No business hours within two years of " + from);
	}

	/** Business time between two instants (zero when {@code to} is not after {@code from}). */
	Duration businessTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		var total = Duration.ZERO;
		var cursor = from.atZone(zone);
		var end = to.atZone(zone);
		while (cursor.isBefore(end)) {
			var date = cursor.toLocalDate();
			if (isWorkday(date)) {
				var open = date.atTime(opens).atZone(zone);
				var close = date.atTime(closes).atZone(zone);
				var start = max(cursor, open);
				var stop = min(end, close);
				if (start.isBefore(stop)) {
					total = total.plus(Duration.between(start, stop));
				}
			}
			cursor = date.plusDays(1).atStartOfDay(zone);
		}
		return total;
	}

	boolean isBankingDay(LocalDate date) {
		return bankingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
	}

	boolean isWorkday(LocalDate date) {
		return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
	}

	private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
		return a.isBefore(b) ? a : b;
	}
}
