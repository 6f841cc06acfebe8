package app.zetpay.support.bot.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import app.zetpay.support.embeddings.SentenceEmbeddings;

/**
 * Trains an {@link IntentModel} from labelled examples, entirely in this JVM: embeds every text,
 * learns the lexical weighting from the texts, then fits the softmax classifier.
 */
public final class IntentTrainer {

	/** Texts embedded per call, so that progress moves while the model works through a large file. */
	private static final int EMBEDDING_CHUNK = 512;

	private final SentenceEmbeddings embeddings;
	private final TrainingOptions options;

	public IntentTrainer(SentenceEmbeddings embeddings) {
		this(embeddings, TrainingOptions.defaults());
	}

	public IntentTrainer(SentenceEmbeddings embeddings, TrainingOptions options) {
		this.embeddings = embeddings;
		this.options = options;
	}

	/** @throws TrainingDataException when there are no examples or fewer than two intents */
	public IntentModel train(List<TrainingExample> examples, ProgressListener listener) {
		requireTwoIntents(examples);
		return fit(examples, embed(examples, listener), listener);
	}

	/** Embeds the texts of the examples, in order, telling the listener of phase "embedding". */
	public List<float[]> embed(List<TrainingExample> examples, ProgressListener listener) {
		var texts = examples.stream().map(TrainingExample::text).toList();
		var vectors = new ArrayList<float[]>(texts.size());
		listener.progress("embedding", 0);
		for (int start = 0; start < texts.size(); start += EMBEDDING_CHUNK) {
			vectors.addAll(embeddings.embedAll(texts.subList(start, Math.min(texts.size(), start + EMBEDDING_CHUNK)),
					options.wordPieces()));
			listener.progress("embedding", vectors.size() / (double) texts.size());
		}
		return vectors;
	}

	/**
	 * Trains on texts already embedded by {@link #embed} (in the same order), which lets a caller
	 * embed once and fit several models, e.g. one on a split for validation and one on everything.
	 *
	 * @throws TrainingDataException when there are fewer than two intents
	 */
	public IntentModel fit(List<TrainingExample> examples, List<float[]> embedded, ProgressListener listener) {
		requireTwoIntents(examples);
		var intents = examples.stream().map(TrainingExample::intent).collect(Collectors.toCollection(TreeSet::new))
			.toArray(String[]::new);
		var features = Features.fit(examples.stream().map(TrainingExample::text).toList(), options.hashBits(),
				options.weights());
		var vectors = new ArrayList<FeatureVector>(examples.size());
		var labels = new int[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			vectors.add(features.vector(examples.get(i).text(), embedded.get(i)));
			labels[i] = Arrays.binarySearch(intents, examples.get(i).intent());
		}
		listener.progress("training", 0);
		var classifier = new SoftmaxTraining(options).fit(vectors, labels, intents.length, features.sparseDimensions(),
				listener);
		return new IntentModel(List.of(intents), features, classifier, options.wordPieces(), embeddings);
	}

	private static void requireTwoIntents(List<TrainingExample> examples) {
		if (examples.stream().map(TrainingExample::intent).distinct().limit(2).count() < 2) {
			throw new TrainingDataException(0, "training needs examples of at least two intents");
		}
	}
}
