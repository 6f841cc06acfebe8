package app.zetpay.support.bot.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Accuracy, macro-F1, recall per intent and the most frequent confusions of a set of predictions. */
public final class Evaluation {

	private final List<String> expected = new ArrayList<>();
	private final List<String> predicted = new ArrayList<>();

	record Recall(String intent, int correct, int total) {

		double value() {
			return total == 0 ? 0 : correct / (double) total;
		}
	}

	record Confusion(String expected, String predicted, int count) {
	}

	public void add(String expectedIntent, String predictedIntent) {
		expected.add(expectedIntent);
		predicted.add(predictedIntent);
	}

	double accuracy() {
		int correct = 0;
		for (int i = 0; i < expected.size(); i++) {
			correct += expected.get(i).equals(predicted.get(i)) ? 1 : 0;
		}
		return expected.isEmpty() ? 0 : correct / (double) expected.size();
	}

	/** Mean F1 over the intents present in the expected labels. */
	double macroF1() {
		var scores = scores();
		return scores.isEmpty() ? 0 : scores.stream().mapToDouble(ModelEvaluation.IntentScore::f1).sum() / scores.size();
	}

	/** Precision, recall and F1 of every intent present in the expected labels, by name. */
	List<ModelEvaluation.IntentScore> scores() {
		var scores = new ArrayList<ModelEvaluation.IntentScore>();
		for (var intent : new TreeSet<>(expected)) {
			int truePositives = 0, predictedCount = 0, expectedCount = 0;
			for (int i = 0; i < expected.size(); i++) {
				boolean isExpected = expected.get(i).equals(intent);
				boolean isPredicted = predicted.get(i).equals(intent);
				expectedCount += isExpected ? 1 : 0;
				predictedCount += isPredicted ? 1 : 0;
				truePositives += isExpected && isPredicted ? 1 : 0;
			}
			double precision = predictedCount == 0 ? 0 : truePositives / (double) predictedCount;
			double recall = truePositives / (double) expectedCount;
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			scores.add(new ModelEvaluation.IntentScore(intent, expectedCount, precision, recall, f1));
		}
		return scores;
	}

	/** Everything above in one record, intents worst F1 first, the {@code confusionLimit} most frequent confusions. */
	public ModelEvaluation summary(int confusionLimit) {
		var scores = scores().stream()
			.sorted(Comparator.comparingDouble(ModelEvaluation.IntentScore::f1).thenComparing(ModelEvaluation.IntentScore::intent))
			.toList();
		var confused = confusions(confusionLimit).stream()
			.map(c -> new ModelEvaluation.Confusion(c.expected(), c.predicted(), c.count()))
			.toList();
		return new ModelEvaluation(expected.size(), accuracy(), macroF1(), scores, confused);
	}

	/** Recall of every intent, worst first. */
	List<Recall> recalls() {
		var totals = new TreeMap<String, int[]>();
		for (int i = 0; i < expected.size(); i++) {
			var counts = totals.computeIfAbsent(expected.get(i), intent -> new int[2]);
			counts[1]++;
			counts[0] += expected.get(i).equals(predicted.get(i)) ? 1 : 0;
		}
		return totals.entrySet()
			.stream()
			.map(e -> new Recall(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparingDouble(Recall::value).thenComparing(Recall::intent))
			.toList();
	}

	List<Confusion> confusions(int limit) {
		var counts = new TreeMap<String, Integer>();
		for (int i = 0; i < expected.size(); i++) {
			if (!expected.get(i).equals(predicted.get(i))) {
				counts.merge(expected.get(i) + "\n" + predicted.get(i), 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(e -> {
				var pair = e.getKey().split("\n");
				return new Confusion(pair[0], pair[1], e.getValue());
			})
			.toList();
	}
}
