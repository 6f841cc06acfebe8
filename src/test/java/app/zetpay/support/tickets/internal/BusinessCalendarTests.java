package app.zetpay.support.tickets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

	static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	// Mon-Sat 09:00-18:00 support; Mon-Fri banking; Christmas 2026 (a Friday) is a holiday.
	final BusinessCalendar calendar = new BusinessCalendar(IST,
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(18, 0),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 12, 25)));

	@ParameterizedTest(name = "failed {0} → refund by {1}")
	@CsvSource({
			"2026-11-23T10:00:00+05:30, 2026-11-26", // Monday → Thursday
			"2026-11-26T10:00:00+05:30, 2026-12-01", // Thursday → Fri, Mon, Tue
			"2026-11-27T23:30:00+05:30, 2026-12-02", // Friday night → Mon, Tue, Wed
			"2026-11-28T12:00:00+05:30, 2026-12-02", // Saturday → Mon, Tue, Wed
			"2026-11-29T12:00:00+05:30, 2026-12-02", // Sunday → Mon, Tue, Wed
			"2026-12-23T12:00:00+05:30, 2026-12-29", // Wednesday before Christmas → Thu, (Fri holiday) Mon, Tue
			"2026-11-26T20:00:00Z, 2026-12-02" // late Thursday UTC is already Friday in India
	})
	void refundEtaSkipsWeekendsAndHolidays(String failedAt, LocalDate expected) {
		var instant = java.time.OffsetDateTime.parse(failedAt).toInstant();

		assertThat(calendar.plusBankingDays(instant, 3)).isEqualTo(expected);
	}

	@Test
	void businessTimeRunsOnlyDuringOpeningHours() {
		var fridayFivePm = at("2026-11-27T17:00");

		// One hour on Friday, then the rest from Saturday 09:00.
		assertThat(calendar.plusBusinessTime(fridayFivePm, Duration.ofHours(2))).isEqualTo(at("2026-11-28T10:00"));
		// Saturday closes at 18:00, Sunday is closed, Monday opens at 09:00.
		assertThat(calendar.plusBusinessTime(at("2026-11-28T17:30"), Duration.ofHours(1)))
				.isEqualTo(at("2026-11-30T09:30"));
		// Before opening time the clock starts at opening.
		assertThat(calendar.plusBusinessTime(at("2026-11-30T07:00"), Duration.ofMinutes(30)))
				.isEqualTo(at("2026-11-30T09:30"));
	}

	@Test
	void holidaysAreClosed() {
		assertThat(calendar.plusBusinessTime(at("2026-12-24T17:00"), Duration.ofHours(2)))
				.as("Thursday 1h, Christmas closed, Saturday 1h").isEqualTo(at("2026-12-26T10:00"));
	}

	@Test
	void businessTimeBetweenTwoInstants() {
		assertThat(calendar.businessTimeBetween(at("2026-11-27T17:00"), at("2026-11-30T10:00")))
				.isEqualTo(Duration.ofHours(1 + 9 + 1));
		assertThat(calendar.businessTimeBetween(at("2026-11-29T10:00"), at("2026-11-29T12:00"))).isZero();
		assertThat(calendar.businessTimeBetween(at("2026-11-30T12:00"), at("2026-11-30T10:00"))).isZero();
	}

	private static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(IST).toInstant();
	}
}
