package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class IstEpochTests {

	private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	@Test
	void theDayIsTheIstCalendarDayEvenWhereUtcIsStillTheDayBefore() {
		// 00:10 IST on 4 March is 18:40 UTC on 3 March.
		var justAfterMidnight = LocalDateTime.parse("2025-03-04T00:10").atZone(IST).toInstant();
		assertThat(IstEpoch.day(justAfterMidnight)).isEqualTo(LocalDate.of(2025, 3, 4).toEpochDay());
		var justBefore = LocalDateTime.parse("2025-03-03T23:59:59").atZone(IST).toInstant();
		assertThat(IstEpoch.day(justBefore)).isEqualTo(LocalDate.of(2025, 3, 3).toEpochDay());
	}

	@Test
	void theHourOfTheWeekStartsOnMondayAtMidnightIst() {
		// Monday 3 March 2025.
		assertThat(IstEpoch.hourOfWeek(LocalDateTime.parse("2025-03-03T00:00").atZone(IST).toInstant())).isZero();
		assertThat(IstEpoch.hourOfWeek(LocalDateTime.parse("2025-03-04T05:20").atZone(IST).toInstant()))
			.isEqualTo(24 + 5);
		assertThat(IstEpoch.hourOfWeek(LocalDateTime.parse("2025-03-09T23:59").atZone(IST).toInstant())).isEqualTo(167);
		assertThat(IstEpoch.hourOfWeek(LocalDateTime.parse("2025-03-10T00:00").atZone(IST).toInstant())).isZero();
	}
}
