package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnPausesTests {

	@Test
	void shouldCountPausesButNotConcurrentCycles() {
		assertThat(OwnPauses.isPause("G1 Young Generation")).isTrue();
		assertThat(OwnPauses.isPause("G1 Concurrent GC")).isTrue(); // its remark and clean-up pauses
		assertThat(OwnPauses.isPause("ZGC Minor Pauses")).isTrue();
		assertThat(OwnPauses.isPause("ZGC Major Cycles")).isFalse();
		assertThat(OwnPauses.isPause("Shenandoah Cycles")).isFalse();
	}

	@Test
	void shouldSumPausesAndKeepTheLongest() {
		var pauses = new OwnPauses();
		pauses.record(12);
		pauses.record(190);
		pauses.record(3);

		assertThat(pauses.stop()).isEqualTo(new OwnPauses.Summary(3, 205, 190));
	}

	@Test
	void shouldHearOfThisJvmsOwnCollections() throws InterruptedException {
		var pauses = new OwnPauses();
		pauses.start();
		System.gc();
		// The JVM reports collections from its service thread, a moment after they end.
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (pauses.summary().count() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		var summary = pauses.stop();

		assertThat(summary.count()).isPositive();
	}
}
