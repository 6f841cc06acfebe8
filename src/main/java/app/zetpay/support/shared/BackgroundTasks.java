package app.zetpay.support.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskExecutorCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Lets the asynchronous work of the application task executor (the modules' event listeners: the
 * bot, routing decisions, ticket notifications) finish while a node stops, before Redis and the
 * database go away beneath it. Boot's executor for virtual threads does not wait for its tasks, and
 * it is closed only when beans are destroyed, after Redis connections have stopped; a listener cut
 * off there logs errors and is retried later from the event publication registry.
 * <p>
 * A task counts from the moment it is handed to the executor, so one about to start is waited for
 * too. The wait is bounded: whatever is still running then stays an incomplete publication, which
 * another node (or this one after its restart) resubmits.
 */
@Component
class BackgroundTasks implements SimpleAsyncTaskExecutorCustomizer, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);
	static final Duration WAIT = Duration.ofSeconds(2);

	private final AtomicInteger inProgress = new AtomicInteger();
	private volatile boolean running;

	@Override
	public void customize(SimpleAsyncTaskExecutor executor) {
		executor.setTaskDecorator(this::counted);
	}

	Runnable counted(Runnable task) {
		inProgress.incrementAndGet();
		return () -> {
			try {
				task.run();
			}
			finally {
				inProgress.decrementAndGet();
			}
		};
	}

	int inProgress() {
		return inProgress.get();
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		var left = ShutdownPhases.awaitNoneInProgress(inProgress, WAIT);
		if (left > 0) {
			log.warn("Stopping with {} background tasks still running after {} s; their events will be resubmitted",
					left, WAIT.toSeconds());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return ShutdownPhases.BACKGROUND_TASKS;
	}
}
