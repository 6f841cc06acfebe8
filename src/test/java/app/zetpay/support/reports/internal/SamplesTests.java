package app.zetpay.support.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SamplesTests {

	@Test
	void noValuesHaveNoPercentiles() {
		var samples = new Samples();

		assertThat(samples.stat()).isEqualTo(new Report.Stat(0, null, null));
	}

	@Test
	void oneValueIsEveryPercentile() {
		var samples = of(42);

		assertThat(samples.stat()).isEqualTo(new Report.Stat(1, 42.0, 42.0));
	}

	@Test
	void theMedianOfAnEvenCountIsHalfWayBetweenTheMiddleTwo() {
		// In order 10, 20, 40, 100: position 0.5 × 3 = 1.5, half-way from 20 to 40.
		var samples = of(100, 20, 40, 10);

		assertThat(samples.percentile(0.5)).isEqualTo(30.0);
	}

	@Test
	void theNinetiethPercentileInterpolatesBetweenItsNeighbours() {
		// 1..10 seconds: position 0.9 × 9 = 8.1, so 9 + 0.1 × (10 − 9) = 9.1.
		var samples = of(7, 3, 10, 1, 9, 2, 8, 5, 4, 6);

		assertThat(samples.percentile(0.9)).isCloseTo(9.1, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(samples.percentile(0.5)).isEqualTo(5.5);
		assertThat(samples.percentile(0.0)).isEqualTo(1.0);
		assertThat(samples.percentile(1.0)).isEqualTo(10.0);
	}

	@Test
	void aPositionOnAValueIsThatValue() {
		// Eleven values: 0.9 × 10 = 9 exactly, the tenth in order.
		var samples = of(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 1000);

		assertThat(samples.percentile(0.9)).isEqualTo(90.0);
		assertThat(samples.percentile(0.5)).isEqualTo(50.0);
	}

	@Test
	void valuesAddedAfterAPercentileCountToo() {
		var samples = of(5, 1);
		assertThat(samples.percentile(0.5)).isEqualTo(3.0);

		for (int i = 0; i < 100; i++) {
			samples.add(1000);
		}

		assertThat(samples.size()).isEqualTo(102);
		assertThat(samples.percentile(0.5)).isEqualTo(1000.0);
		assertThat(samples.percentile(0.0)).isEqualTo(1.0);
	}

	@Test
	void aFractionOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> of(1).percentile(1.5));
	}

	private static Samples of(long... values) {
		var samples = new Samples();
		for (var value : values) {
			samples.add(value);
		}
		return samples;
	}
}
