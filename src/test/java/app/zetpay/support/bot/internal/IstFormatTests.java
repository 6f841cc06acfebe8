package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bot writes times as the web app shows them beside its messages ({@code formatIst}:
 * {@code Intl.DateTimeFormat('en-IN')} in Asia/Kolkata, which Chromium and Node write the same way).
 */
class IstFormatTests {

	@ParameterizedTest
	@CsvSource({ "2026-11-26T10:00:00Z, '26 Nov 2026, 3:30 pm IST'", "2026-09-04T03:59:00Z, '4 Sept 2026, 9:29 am IST'",
			"2026-06-04T18:45:00Z, '5 Jun 2026, 12:15 am IST'", "2026-12-04T06:59:00Z, '4 Dec 2026, 12:29 pm IST'" })
	void timesReadAsTheAppWritesThemInIndiaStandardTime(String instant, String expected) {
		assertThat(IstFormat.dateTime(Instant.parse(instant))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2026-12-08, 8 Dec", "2026-09-30, 30 Sept" })
	void datesReadAsTheAppWritesThem(LocalDate date, String expected) {
		assertThat(IstFormat.day(date)).isEqualTo(expected);
	}
}
