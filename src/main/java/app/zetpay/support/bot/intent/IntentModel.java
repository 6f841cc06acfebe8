package app.zetpay.support.bot.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import app.zetpay.support.bot.intent.Prediction.Alternative;
import app.zetpay.support.embeddings.SentenceEmbeddings;

/**
 * A trained intent classifier. Classifying costs one sentence embedding plus one matrix-vector
 * product. Immutable and safe to share between threads; {@link #toBytes()} gives a versioned,
 * self-contained form that {@link #fromBytes} restores to a model that predicts identically.
 */
public final class IntentModel {

	static final int ALTERNATIVES = 3;

	private final List<String> intents;
	private final Features features;
	private final LinearSoftmax classifier;
	private final int wordPieces;
	private final SentenceEmbeddings embeddings;

	IntentModel(List<String> intents, Features features, LinearSoftmax classifier, int wordPieces,
			SentenceEmbeddings embeddings) {
		this.intents = List.copyOf(intents);
		this.features = features;
		this.classifier = classifier;
		this.wordPieces = wordPieces;
		this.embeddings = embeddings;
	}

	public Prediction classify(String text) {
		return classify(text, embed(text));
	}

	/** The embedding this model classifies by: as many word pieces as it was trained on. */
	public float[] embed(String text) {
		return embeddings.embed(text, wordPieces);
	}

	int wordPieces() {
		return wordPieces;
	}

	/** Classifies a text whose embedding the caller has already computed with {@link #embed}. */
	public Prediction classify(String text, float[] embedding) {
		var probabilities = probabilities(text, embedding);
		var ranked = IntStream.range(0, probabilities.length)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer c) -> -probabilities[c]).thenComparing(c -> c))
			.limit(ALTERNATIVES)
			.toList();
		var alternatives = new ArrayList<Alternative>(ranked.size());
		ranked.forEach(c -> alternatives.add(new Alternative(intents.get(c), probabilities[c])));
		return new Prediction(alternatives.getFirst().intent(), alternatives.getFirst().confidence(), alternatives);
	}

	/** Probabilities of all intents, in the order of {@link #intents()}. */
	double[] probabilities(String text, float[] embedding) {
		return classifier.probabilities(features.vector(text, embedding));
	}

	/** The intents this model can recognise, in alphabetical order. */
	public Set<String> intents() {
		return new LinkedHashSet<>(intents);
	}

	public byte[] toBytes() {
		return IntentModelFormat.write(intents, features, classifier, wordPieces);
	}

	/** @throws IllegalArgumentException when the bytes are not a model this version can read */
	public static IntentModel fromBytes(byte[] bytes, SentenceEmbeddings embeddings) {
		return IntentModelFormat.read(bytes, embeddings);
	}
}
