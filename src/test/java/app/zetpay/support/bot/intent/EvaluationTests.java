package app.zetpay.support.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTests {

	@Test
	void summarisesAccuracyMacroF1PerIntentScoresAndConfusions() {
		var evaluation = new Evaluation();
		// refund: 3 expected, 2 right; card: 1 expected, right; otp: 1 expected, taken for refund. Plus card→refund.
		evaluation.add("refund", "refund");
		evaluation.add("refund", "refund");
		evaluation.add("refund", "card");
		evaluation.add("card", "card");
		evaluation.add("otp", "refund");

		var summary = evaluation.summary(10);

		assertThat(summary.tested()).isEqualTo(5);
		assertThat(summary.accuracy()).isEqualTo(0.6);
		var refund = summary.intents().stream().filter(s -> s.intent().equals("refund")).findFirst().orElseThrow();
		assertThat(refund.support()).isEqualTo(3);
		assertThat(refund.precision()).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(refund.recall()).isCloseTo(2 / 3.0, within(1e-9));
		var card = summary.intents().stream().filter(s -> s.intent().equals("card")).findFirst().orElseThrow();
		assertThat(card.precision()).isEqualTo(0.5);
		assertThat(card.recall()).isEqualTo(1.0);
		// F1: refund 2/3, card 2/3, otp 0 → mean 4/9; the worst intent comes first.
		assertThat(summary.macroF1()).isCloseTo(4 / 9.0, within(1e-9));
		assertThat(summary.intents().get(0).intent()).isEqualTo("otp");
		assertThat(summary.confusions()).containsExactly(new ModelEvaluation.Confusion("otp", "refund", 1),
				new ModelEvaluation.Confusion("refund", "card", 1));
		assertThat(evaluation.summary(1).confusions()).hasSize(1);
	}

	@Test
	void anEmptyEvaluationScoresNothingRatherThanDividingByZero() {
		var summary = new Evaluation().summary(10);

		assertThat(summary.tested()).isZero();
		assertThat(summary.accuracy()).isZero();
		assertThat(summary.macroF1()).isZero();
		assertThat(summary.intents()).isEmpty();
	}
}
