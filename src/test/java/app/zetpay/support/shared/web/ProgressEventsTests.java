package app.zetpay.support.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import app.zetpay.support.shared.web.ProgressEvents.WhenIdle;

/**
 * How long a progress stream listens to its job. The streams here are never handed to Spring MVC,
 * just as one that ends while the controller still builds it: Spring then never calls its completion
 * callbacks, so the stream must stop listening by itself.
 */
class ProgressEventsTests {

	/** The job's listeners, as the training and the index keep them. */
	final List<Consumer<String>> watchers = new CopyOnWriteArrayList<>();

	@Test
	void openedWhileIdleAStreamThatEndsAtOnceStopsListening() {
		stream("idle", WhenIdle.END);

		assertThat(watchers).isEmpty();
	}

	@Test
	void openedWhileIdleAStreamThatWaitsListensUntilTheNextJobEnds() {
		stream("idle", WhenIdle.WAIT_FOR_NEXT);
		var watcher = watchers.getFirst();

		watcher.accept("running");
		assertThat(watchers).containsExactly(watcher);
		watcher.accept("done");
		assertThat(watchers).isEmpty();
	}

	@Test
	void openedDuringAJobEitherStreamListensUntilItEnds() {
		for (var whenIdle : WhenIdle.values()) {
			stream("running", whenIdle);
			var watcher = watchers.getFirst();

			watcher.accept("running");
			assertThat(watchers).as(whenIdle.name()).containsExactly(watcher);
			watcher.accept("done");
			assertThat(watchers).as(whenIdle.name()).isEmpty();
		}
	}

	private void stream(String now, WhenIdle whenIdle) {
		ProgressEvents.stream(() -> now, "running"::equals, watchers::add, watchers::remove, whenIdle);
	}
}
