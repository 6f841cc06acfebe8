package app.zetpay.support.helpcenter.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where this node's index rebuild is: the phase ({@code embedding} passages, then {@code indexing}
 * articles), how much of it is done, and when it started and finished.
 */
public record IndexProgress(State state, @Nullable String phase, int done, int total, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable String error) {

	public enum State {
		IDLE, REBUILDING, READY, FAILED
	}

	/** 0–100, for a progress bar. */
	@JsonProperty("percent")
	public int percent() {
		if (state == State.READY) {
			return 100;
		}
		return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
	}

	static IndexProgress idle() {
		return new IndexProgress(State.IDLE, null, 0, 0, null, null, null);
	}

	static IndexProgress rebuilding(String phase, int done, int total, Instant startedAt) {
		return new IndexProgress(State.REBUILDING, phase, done, total, startedAt, null, null);
	}

	static IndexProgress ready(int articles, Instant startedAt, Instant finishedAt) {
		return new IndexProgress(State.READY, null, articles, articles, startedAt, finishedAt, null);
	}

	static IndexProgress failed(@Nullable String error, Instant startedAt, Instant finishedAt) {
		return new IndexProgress(State.FAILED, null, 0, 0, startedAt, finishedAt, error);
	}
}
