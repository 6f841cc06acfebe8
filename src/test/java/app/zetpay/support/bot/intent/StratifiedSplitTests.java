package app.zetpay.support.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StratifiedSplitTests {

	static final List<TrainingExample> EXAMPLES = examples();

	@Test
	void holdsOutTheSameShareOfEveryIntent() {
		var parts = StratifiedSplit.holdOut(EXAMPLES, 0.2, 42);

		assertThat(parts.test()).filteredOn(e -> e.intent().equals("card_arrival")).hasSize(10);
		assertThat(parts.test()).filteredOn(e -> e.intent().equals("top_up_failed")).hasSize(2);
		assertThat(parts.train()).hasSize(EXAMPLES.size() - 12).doesNotContainAnyElementsOf(parts.test());
	}

	@Test
	void givesTheSameSplitForTheSameSeedAndAnotherForAnotherSeed() {
		assertThat(StratifiedSplit.holdOut(EXAMPLES, 0.2, 42)).isEqualTo(StratifiedSplit.holdOut(EXAMPLES, 0.2, 42));
		assertThat(StratifiedSplit.holdOut(EXAMPLES, 0.2, 43).test())
			.isNotEqualTo(StratifiedSplit.holdOut(EXAMPLES, 0.2, 42).test());
	}

	@Test
	void samplesAtMostNOfEachIntent() {
		var sample = StratifiedSplit.sample(EXAMPLES, 20, 1);

		assertThat(sample).filteredOn(e -> e.intent().equals("card_arrival")).hasSize(20);
		assertThat(sample).filteredOn(e -> e.intent().equals("top_up_failed")).hasSize(10);
	}

	private static List<TrainingExample> examples() {
		var examples = new ArrayList<TrainingExample>();
		IntStream.range(0, 50).forEach(i -> examples.add(new TrainingExample("card " + i, "card_arrival")));
		IntStream.range(0, 10).forEach(i -> examples.add(new TrainingExample("top up " + i, "top_up_failed")));
		return examples;
	}
}
