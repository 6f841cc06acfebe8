package app.zetpay.support.bot.intent;

import java.util.List;

/**
 * How a model did on examples it was not trained on: accuracy, macro-F1 (the mean of the intents'
 * F1, so a rare intent counts as much as a common one), each intent's precision and recall (worst
 * F1 first) and the most frequent confusions.
 */
public record ModelEvaluation(int tested, double accuracy, double macroF1, List<IntentScore> intents,
		List<Confusion> confusions) {

	public ModelEvaluation {
		intents = List.copyOf(intents);
		confusions = List.copyOf(confusions);
	}

	/** One intent: {@code support} is how many test examples had it. */
	public record IntentScore(String intent, int support, double precision, double recall, double f1) {
	}

	/** Test examples of intent {@code expected} the model took for {@code predicted}. */
	public record Confusion(String expected, String predicted, int count) {
	}
}
