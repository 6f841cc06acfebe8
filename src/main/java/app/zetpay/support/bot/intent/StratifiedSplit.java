package app.zetpay.support.bot.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded splits that keep every intent's share: a hold-out fraction of each intent, or at most N
 * examples of each. Intents are visited in alphabetical order and each is shuffled with its own
 * generator derived from the seed, so a split does not change when an unrelated intent is added.
 */
public final class StratifiedSplit {

	/** The two sides of a split. */
	public record Parts(List<TrainingExample> train, List<TrainingExample> test) {
	}

	private StratifiedSplit() {
	}

	/** Holds out {@code round(fraction × n)} examples of every intent (at least one when n ≥ 2). */
	public static Parts holdOut(List<TrainingExample> examples, double fraction, long seed) {
		if (!(fraction > 0 && fraction < 1)) {
			throw new IllegalArgumentException("hold-out fraction must be between 0 and 1");
		}
		var train = new ArrayList<TrainingExample>();
		var test = new ArrayList<TrainingExample>();
		byIntent(examples).forEach((intent, group) -> {
			var shuffled = shuffled(group, intent, seed);
			int held = (int) Math.round(fraction * shuffled.size());
			if (held == 0 && shuffled.size() >= 2) {
				held = 1;
			}
			test.addAll(shuffled.subList(0, held));
			train.addAll(shuffled.subList(held, shuffled.size()));
		});
		return new Parts(train, test);
	}

	/** At most {@code perIntent} examples of every intent. */
	public static List<TrainingExample> sample(List<TrainingExample> examples, int perIntent, long seed) {
		var sample = new ArrayList<TrainingExample>();
		byIntent(examples).forEach((intent, group) -> {
			var shuffled = shuffled(group, intent, seed);
			sample.addAll(shuffled.subList(0, Math.min(perIntent, shuffled.size())));
		});
		return sample;
	}

	private static Map<String, List<TrainingExample>> byIntent(List<TrainingExample> examples) {
		var groups = new TreeMap<String, List<TrainingExample>>();
		examples.forEach(example -> groups.computeIfAbsent(example.intent(), intent -> new ArrayList<>()).add(example));
		return groups;
	}

	private static List<TrainingExample> shuffled(List<TrainingExample> group, String intent, long seed) {
		var copy = new ArrayList<>(group);
		Collections.shuffle(copy, new Random(seed * 31 + intent.hashCode()));
		return copy;
	}
}
