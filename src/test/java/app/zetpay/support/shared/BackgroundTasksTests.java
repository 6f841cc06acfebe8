package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import app.zetpay.support.testing.IntegrationTest;

/** Event listeners still running when a node stops get to finish while Redis and the database are there. */
@IntegrationTest
class BackgroundTasksTests {

	@Autowired
	BackgroundTasks backgroundTasks;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	SimpleAsyncTaskExecutor applicationTaskExecutor;

	@Test
	void stoppingWaitsForATaskHandedToTheExecutor() {
		var tasks = new BackgroundTasks();
		var executor = new SimpleAsyncTaskExecutor();
		executor.setVirtualThreads(true);
		tasks.customize(executor);
		tasks.start();
		var finished = new AtomicBoolean();
		executor.execute(() -> {
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			finished.set(true);
		});

		tasks.stop();

		assertThat(finished).isTrue();
		assertThat(tasks.inProgress()).isZero();
	}

	@Test
	void theApplicationsAsynchronousListenersAreCounted() throws InterruptedException {
		var release = new CountDownLatch(1);
		var before = backgroundTasks.inProgress();
		applicationTaskExecutor.execute(() -> {
			try {
				release.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			assertThat(backgroundTasks.inProgress()).isEqualTo(before + 1);
		}
		finally {
			release.countDown();
		}
	}
}
