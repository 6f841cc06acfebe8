package app.zetpay.support.bot.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where this node's model training is: the phase ({@code embedding} the examples, then
 * {@code training} the classifier), the fraction of the whole job done, when it started and
 * finished, and the version it produced.
 */
public record TrainingProgress(State state, @Nullable String phase, double fraction, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable Long version, @Nullable String error) {

	public enum State {
		IDLE, TRAINING, FINISHED, FAILED
	}

	/** 0–100, for a progress bar. */
	@JsonProperty("percent")
	public int percent() {
		return state == State.FINISHED ? 100 : (int) Math.min(100, Math.floor(fraction * 100));
	}

	static TrainingProgress idle() {
		return new TrainingProgress(State.IDLE, null, 0, null, null, null, null);
	}

	static TrainingProgress training(String phase, double fraction, Instant startedAt) {
		return new TrainingProgress(State.TRAINING, phase, fraction, startedAt, null, null, null);
	}

	static TrainingProgress finished(long version, Instant startedAt, Instant finishedAt) {
		return new TrainingProgress(State.FINISHED, null, 1, startedAt, finishedAt, version, null);
	}

	static TrainingProgress failed(@Nullable String error, Instant startedAt, Instant finishedAt) {
		return new TrainingProgress(State.FAILED, null, 0, startedAt, finishedAt, null, error);
	}
}
