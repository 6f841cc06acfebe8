package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTests {

	@Test
	void shouldReportNearestRankPercentilesInMilliseconds() {
		var latencies = new Latencies(100);
		for (int ms = 100; ms >= 1; ms--) {
			latencies.add(ms * 1_000_000L);
		}

		var summary = latencies.summarize();
		assertThat(summary.count()).isEqualTo(100);
		assertThat(summary.p50()).isEqualTo(50.0);
		assertThat(summary.p95()).isEqualTo(95.0);
		assertThat(summary.p99()).isEqualTo(99.0);
		assertThat(summary.max()).isEqualTo(100.0);
		assertThat(summary.mean()).isEqualTo(50.5);
	}

	@Test
	void shouldSummarizeNothingAsZeros() {
		assertThat(new Latencies(10).summarize().p99()).isZero();
	}
}
