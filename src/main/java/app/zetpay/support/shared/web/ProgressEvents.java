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
		return stream(new SseEmitter(TIMEOUT.toMillis()), current, running, watch, unwatch, whenIdle);
	}

	/** As above, onto a given emitter (tests hand in one that records what is sent). */
	static <P> SseEmitter stream(SseEmitter emitter, Supplier<P> current, Predicate<P> running,
			Consumer<Consumer<P>> watch, Consumer<Consumer<P>> unwatch, WhenIdle whenIdle) {
		var follower = new Follower<>(emitter, running, unwatch);
		// Watching before reading the state now: a job ending in between is still heard.
		watch.accept(follower);
		emitter.onCompletion(follower::stop);
		emitter.onTimeout(follower::stop);
		emitter.onError(e -> follower.stop());
		// Read and sent under the follower's lock: a change the job reports meanwhile waits for it, so
		// it arrives after this state and never before it. (The suppliers are plain reads, and jobs
		// take their own lock before the follower's, never after, so this cannot deadlock.)
		synchronized (follower) {
			var now = current.get();
			follower.send(now, whenIdle == WhenIdle.END && !running.test(now));
		}
		return emitter;
	}

	/** Writes a job's states to one stream, and stops listening to the job when the stream ends. */
	private static final class Follower<P> implements Consumer<P> {

		private final SseEmitter emitter;
		private final Predicate<P> running;
		private final Consumer<Consumer<P>> unwatch;

		Follower(SseEmitter emitter, Predicate<P> running, Consumer<Consumer<P>> unwatch) {
			this.emitter = emitter;
			this.running = running;
			this.unwatch = unwatch;
		}

		/** Set once the stream has ended: what the job reports later is not for it. */
		private boolean ended;

		@Override
		public synchronized void accept(P progress) {
			send(progress, !running.test(progress));
		}

		synchronized void send(P progress, boolean last) {
			if (ended) {
				return;
			}
			try {
				emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
				if (last) {
					// Not left to the completion callback: Spring never calls it for a stream that ends
					// before the controller has returned it.
					ended = true;
					stop();
					emitter.complete();
				}
			}
			catch (IOException | IllegalStateException e) {
				// The browser went away, or the stream has already ended; stop writing to it.
				ended = true;
				stop();
				emitter.completeWithError(e);
			}
		}

		void stop() {
			unwatch.accept(this);
		}
	}
}
