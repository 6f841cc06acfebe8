package app.zetpay.support.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

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

	@Test
	void aChangeTheJobReportsWhileTheStreamOpensArrivesAfterTheStateTheStreamFound() throws Exception {
		var sent = new CopyOnWriteArrayList<Object>();
		Supplier<String> current = () -> {
			// The job finishes at this very moment, on its own thread.
			var job = Thread.ofPlatform().start(() -> watchers.forEach(watcher -> watcher.accept("done")));
			try {
				job.join(Duration.ofMillis(300));
			}
			catch (InterruptedException e) {
				throw new AssertionError(e);
			}
			return "running";
		};

		ProgressEvents.stream(recording(sent), current, "running"::equals, watchers::add, watchers::remove,
				WhenIdle.WAIT_FOR_NEXT);

		var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (sent.size() < 2 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(sent).containsExactly("running", "done");
	}

	@Test
	void nothingIsSentAfterTheStateThatEndsTheStream() {
		var sent = new CopyOnWriteArrayList<Object>();
		ProgressEvents.stream(recording(sent), () -> "running", "running"::equals, watchers::add, watchers::remove,
				WhenIdle.END);
		var watcher = watchers.getFirst();

		watcher.accept("done");
		// A job that took its list of listeners before this one left it still calls it once more.
		watcher.accept("running");

		assertThat(sent).containsExactly("running", "done");
	}

	/** An emitter that keeps the data of every event sent to it. */
	private static SseEmitter recording(List<Object> sent) {
		return new SseEmitter() {
			@Override
			public void send(SseEventBuilder builder) {
				builder.build().stream().filter(part -> MediaType.APPLICATION_JSON.equals(part.getMediaType()))
					.forEach(part -> sent.add(part.getData()));
			}
		};
	}

	private void stream(String now, WhenIdle whenIdle) {
		ProgressEvents.stream(() -> now, "running"::equals, watchers::add, watchers::remove, whenIdle);
	}
}
