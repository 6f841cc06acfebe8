package app.zetpay.support.bot.intent;

import java.util.List;

import app.zetpay.support.bot.intent.LexicalFeatures.Sparse;

/**
 * Turns a message and its embedding into a {@link FeatureVector}: the embedding scaled by one
 * weight, then word and character TF-IDF blocks, each L2-normalised on its own and scaled by its own
 * weight, so that how much each view counts is a setting rather than an accident of vector lengths.
 * The inverse document frequencies are learnt from the training texts and stored with the model.
 */
final class Features {

	private final LexicalFeatures lexical;
	private final float[] idf;
	private final Weights weights;

	/** How much each view of the message counts. */
	record Weights(float embedding, float words, float chars) {
	}

	Features(int hashBits, float[] idf, Weights weights) {
		this.lexical = new LexicalFeatures(hashBits);
		if (idf.length != 2 * lexical.buckets()) {
			throw new IllegalArgumentException("idf must have " + 2 * lexical.buckets() + " entries");
		}
		this.idf = idf;
		this.weights = weights;
	}

	static Features fit(List<String> texts, int hashBits, Weights weights) {
		var lexical = new LexicalFeatures(hashBits);
		int buckets = lexical.buckets();
		var documentFrequency = new int[2 * buckets];
		for (var text : texts) {
			var counts = lexical.count(text);
			for (int index : counts.words().indices()) {
				documentFrequency[index]++;
			}
			for (int index : counts.chars().indices()) {
				documentFrequency[buckets + index]++;
			}
		}
		var idf = new float[documentFrequency.length];
		for (int i = 0; i < idf.length; i++) {
			idf[i] = (float) (Math.log((1.0 + texts.size()) / (1.0 + documentFrequency[i])) + 1);
		}
		return new Features(hashBits, idf, weights);
	}

	int hashBits() {
		return Integer.numberOfTrailingZeros(lexical.buckets());
	}

	float[] idf() {
		return idf;
	}

	Weights weights() {
		return weights;
	}

	int sparseDimensions() {
		return idf.length;
	}

	FeatureVector vector(String text, float[] embedding) {
		var dense = new float[embedding.length];
		for (int i = 0; i < dense.length; i++) {
			dense[i] = embedding[i] * weights.embedding();
		}
		var counts = lexical.count(text);
		var words = counts.words();
		var chars = counts.chars();
		var indices = new int[words.size() + chars.size()];
		var values = new float[indices.length];
		block(words, 0, weights.words(), indices, values, 0);
		block(chars, lexical.buckets(), weights.chars(), indices, values, words.size());
		return new FeatureVector(dense, indices, values);
	}

	/** Sublinear TF times IDF, L2-normalised within the block, then scaled by the block's weight. */
	private void block(Sparse counts, int offset, float weight, int[] indices, float[] values, int at) {
		double norm = 0;
		for (int i = 0; i < counts.size(); i++) {
			int index = offset + counts.indices()[i];
			float value = (float) ((1 + Math.log(counts.values()[i])) * idf[index]);
			indices[at + i] = index;
			values[at + i] = value;
			norm += value * value;
		}
		if (norm == 0) {
			return;
		}
		float scale = (float) (weight / Math.sqrt(norm));
		for (int i = 0; i < counts.size(); i++) {
			values[at + i] *= scale;
		}
	}
}
