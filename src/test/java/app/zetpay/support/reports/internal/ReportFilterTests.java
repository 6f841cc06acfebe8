package app.zetpay.support.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.zetpay.support.reports.Channel;
import app.zetpay.support.shared.ProblemException;

class ReportFilterTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

	@Test
	void withoutARangeItIsTheLastSevenIstDaysAndItsInstantsAreIstMidnights() {
		var filter = ReportFilter.parse(null, " ", null, null, null, TODAY);
		assertThat(filter.from()).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(filter.to()).isEqualTo(TODAY);
		// Midnight IST is 18:30 UTC the day before.
		assertThat(filter.start()).isEqualTo(Instant.parse("2026-03-02T18:30:00Z"));
		assertThat(filter.end()).isEqualTo(Instant.parse("2026-03-09T18:30:00Z"));
	}

	@Test
	void channelsAreReadInAnyCaseAndWithDashes() {
		assertThat(ReportFilter.parse("2026-03-01", "2026-03-02", " payments ", "ag-1", "payment-incident", TODAY))
			.isEqualTo(new ReportFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "payments", "ag-1",
					Channel.PAYMENT_INCIDENT));
	}

	@Test
	void aRangeOf366DaysIsAllowedAndOneMoreIsNot() {
		assertThat(ReportFilter.parse("2025-03-09", "2026-03-09", null, null, null, TODAY).from())
			.isEqualTo(LocalDate.of(2025, 3, 9));
		assertThatThrownBy(() -> ReportFilter.parse("2025-03-08", "2026-03-09", null, null, null, TODAY))
			.isInstanceOf(ProblemException.class);
	}

	@Test
	void badInputIsRefused() {
		assertThatThrownBy(() -> ReportFilter.parse("03/01/2026", null, null, null, null, TODAY))
			.isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> ReportFilter.parse("2026-03-05", "2026-03-04", null, null, null, TODAY))
			.isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> ReportFilter.parse(null, null, "a\u0000b", null, null, TODAY))
			.isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> ReportFilter.parse(null, null, null, null, "EMAIL", TODAY))
			.isInstanceOf(ProblemException.class);
	}
}
