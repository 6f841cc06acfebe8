package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The warm-ups leave the start's first requests alone for {@code support.warm-up.delay}, then run. */
class WarmUpsTests {

	@Test
	void warmUpsBeginOnlyOnceTheDelayAfterTheStartHasPassed() throws InterruptedException {
		var warmUp = new RecordingWarmUp();
		var warmUps = new WarmUps(provider(warmUp), Duration.ofMillis(400));

		var ready = System.nanoTime();
		warmUps.start();

		assertThat(warmUp.ran.await(10, TimeUnit.SECONDS)).as("warmed up").isTrue();
		assertThat(Duration.ofNanos(warmUp.startedAt.get() - ready)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void aServiceStoppingDuringTheDelayWarmsNothingUp() throws InterruptedException {
		var warmUp = new RecordingWarmUp();
		var warmUps = new WarmUps(provider(warmUp), Duration.ofMillis(300));

		warmUps.start();
		warmUps.stop();

		assertThat(warmUp.ran.await(1, TimeUnit.SECONDS)).as("warmed up").isFalse();
	}

	@Test
	void withoutADelayWarmUpsBeginAtOnce() throws InterruptedException {
		var warmUp = new RecordingWarmUp();

		new WarmUps(provider(warmUp), Duration.ZERO).start();

		assertThat(warmUp.ran.await(2, TimeUnit.SECONDS)).as("warmed up").isTrue();
	}

	private static org.springframework.beans.factory.ObjectProvider<WarmUp> provider(WarmUp warmUp) {
		var beans = new StaticListableBeanFactory();
		beans.addBean("warmUp", warmUp);
		return beans.getBeanProvider(WarmUp.class);
	}

	private static final class RecordingWarmUp implements WarmUp {

		final CountDownLatch ran = new CountDownLatch(1);
		final AtomicLong startedAt = new AtomicLong();

		@Override
		public String name() {
			return "recording";
		}

		@Override
		public Status status() {
			return ran.getCount() == 0 ? Status.ready("done") : Status.warmingUp("waiting", null);
		}

		@Override
		public void warmUp() {
			startedAt.set(System.nanoTime());
			ran.countDown();
		}
	}
}
