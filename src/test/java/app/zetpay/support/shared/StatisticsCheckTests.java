package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticsCheckTests {

	@Test
	void warnsWhenPostgresNeverGathersStatistics() {
		assertThat(StatisticsCheck.warning("off")).hasValueSatisfying(w -> assertThat(w).contains("autovacuum off"));
		assertThat(StatisticsCheck.warning(" OFF ")).isPresent();
	}

	@Test
	void saysNothingWhenAutovacuumRuns() {
		assertThat(StatisticsCheck.warning("on")).isEmpty();
		assertThat(StatisticsCheck.warning(null)).isEmpty();
	}
}
