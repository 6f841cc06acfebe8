package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTests {

	@Test
	void shouldReportNearestRankPercentilesInMilliseconds() {
		var latencies = new Latencies(100);
		for (int ms = 100; ms >= 1; ms--) {
			latencies.add(0, ms * 1_000_000L);
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
	void shouldGiveTheP99OfEachSecondOfSending() {
		var latencies = new Latencies(300);
		long start = 5_000_000_000L;
		for (int i = 0; i < 100; i++) {
			latencies.add(start + i * 1_000_000L, 2_000_000L); // second 0: all 2 ms
			latencies.add(start + 1_000_000_000L + i * 1_000_000L, (i == 99 ? 300 : 3) * 1_000_000L); // second 1
			latencies.add(start + 2_500_000_000L, 4_000_000L); // second 2
		}

		assertThat(latencies.summarize().p99PerSecond()).containsExactly(2.0, 3.0, 4.0);
		assertThat(new Latencies(0).summarize().p99PerSecond()).isEmpty();
	}

	@Test
	void shouldSummarizeNothingAsZeros() {
		assertThat(new Latencies(10).summarize().p99()).isZero();
	}
}
