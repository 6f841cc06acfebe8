package app.zetpay.support.bot.intent;

import java.util.List;

/**
 * The most likely intent of a message with its probability, and the top alternatives (the best one
 * first, so a caller can offer "did you mean…" choices without a second call).
 */
public record Prediction(String intent, double confidence, List<Alternative> alternatives) {

	public Prediction {
		alternatives = List.copyOf(alternatives);
	}

	/** One candidate intent and the model's probability for it. */
	public record Alternative(String intent, double confidence) {
	}
}
