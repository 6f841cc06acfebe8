package app.zetpay.support.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A server-sent event stream of a background job on this node (event name {@code progress}): the
 * job's state when the stream opens, then every change, until a state in which the job no longer
 * runs ends it. What a stream opened between two jobs does is the caller's choice.
 */
public final class ProgressEvents {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	/** What a stream opened while no job runs does after sending the state it finds. */
	public enum WhenIdle {
		/** It ends: only a job already running is followed. */
		END,
		/** It stays open for the next job, and ends when that one does. */
		WAIT_FOR_NEXT
	}

	private ProgressEvents() {
	}

	/**
	 * @param current the job's state now
	 * @param running whether a state is that of a running job
	 * @param watch registers a listener to hear every change of state
	 * @param unwatch removes that listener again, once the stream has ended
	 */
	public static <P> SseEmitter stream(Supplier<P> current, Predicate<P> running, Consumer<Consumer<P>> watch,
			Consumer<Consumer<P>> unwatch, WhenIdle whenIdle) {
		var emitter = new SseEmitter(TIMEOUT.toMillis());
		Consumer<P> watcher = progress -> send(emitter, progress, !running.test(progress));
		// Watching before reading the state now: a job ending in between is still heard.
		watch.accept(watcher);
		emitter.onCompletion(() -> unwatch.accept(watcher));
		emitter.onTimeout(() -> unwatch.accept(watcher));
		emitter.onError(e -> unwatch.accept(watcher));
		var now = current.get();
		send(emitter, now, whenIdle == WhenIdle.END && !running.test(now));
		return emitter;
	}

	private static void send(SseEmitter emitter, Object progress, boolean last) {
		try {
			emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
			if (last) {
				emitter.complete();
			}
		}
		catch (IOException | IllegalStateException e) {
			// The browser went away, or the stream has already ended; stop writing to it.
			emitter.completeWithError(e);
		}
	}
}
