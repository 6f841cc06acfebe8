package app.zetpay.support.cobrowse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class StreamLimitTests {

	static final long SECOND = 1_000_000_000L;

	static CobrowseProperties limits(int maxFrameChars, int framesPerSecond, int bytesPerSecond, int burstBytes) {
		return new CobrowseProperties(Duration.ofMinutes(30), Duration.ofMinutes(2), maxFrameChars, framesPerSecond,
				bytesPerSecond, burstBytes, 1000, "in-process", Duration.ofSeconds(5), Duration.ofSeconds(15));
	}

	@Test
	void aFrameOverTheSizeLimitIsRefused() {
		var limit = new StreamLimit(limits(100, 10, 1000, 1000), 0);

		assertThat(limit.exceededBy(100, 0)).isNull();
		assertThat(limit.exceededBy(101, 0)).contains("over the limit of 100");
	}

	@Test
	void aBurstOfTwiceTheRateGoesThroughThenTheRateHolds() {
		var limit = new StreamLimit(limits(100, 10, 100_000, 100_000), 0);

		for (var i = 0; i < 20; i++) {
			assertThat(limit.exceededBy(10, 0)).as("frame %d", i).isNull();
		}
		assertThat(limit.exceededBy(10, 0)).contains("frames a second");
		// A tenth of a second later, one more frame's worth has come back.
		assertThat(limit.exceededBy(10, SECOND / 10)).isNull();
		assertThat(limit.exceededBy(10, SECOND / 10)).isNotNull();
	}

	@Test
	void charactersAreLimitedBeyondTheSnapshotBurst() {
		var limit = new StreamLimit(limits(1000, 100, 1000, 3000), 0);

		assertThat(limit.exceededBy(1000, 0)).isNull();
		assertThat(limit.exceededBy(1000, 0)).isNull();
		assertThat(limit.exceededBy(1000, 0)).isNull();
		assertThat(limit.exceededBy(1000, 0)).contains("characters a second");
		assertThat(limit.exceededBy(1000, SECOND)).isNull();
	}
}
