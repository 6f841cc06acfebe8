package app.zetpay.support.shared;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings computed in this JVM by all-MiniLM-L6-v2 (the quantised ONNX build shipped
 * inside langchain4j's jar): no network, no model download. Vectors are unit length, so a dot
 * product is the cosine similarity.
 *
 * <p>The help centre embeds articles and queries with it, the bot embeds what customers write. The
 * model is loaded on first use (about a second), so a process that never embeds never pays for it.
 * Safe for concurrent use: the ONNX session is thread-safe.
 */
public final class SentenceEmbeddings {

	/** Width of every vector this model produces. */
	public static final int DIMENSIONS = 384;

	/** The model reads at most 256 word pieces; longer text is cut, so callers embed what matters most. */
	private static final int MAX_CHARS = 2_000;

	private volatile EmbeddingModel model;

	public float[] embed(String text) {
		var vector = model().embed(clip(text)).content().vector();
		return normalised(vector);
	}

	/** Embeds many texts in one go; the model spreads them over the available cores. */
	public List<float[]> embedAll(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		var segments = texts.stream().map(text -> TextSegment.from(clip(text))).toList();
		var embeddings = model().embedAll(segments).content();
		var vectors = new ArrayList<float[]>(embeddings.size());
		embeddings.forEach(embedding -> vectors.add(normalised(embedding.vector())));
		return vectors;
	}

	public static float dot(float[] a, float[] b) {
		float sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private EmbeddingModel model() {
		var loaded = model;
		if (loaded == null) {
			synchronized (this) {
				loaded = model;
				if (loaded == null) {
					loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
					model = loaded;
				}
			}
		}
		return loaded;
	}

	private static String clip(String text) {
		var trimmed = text.strip();
		// The tokenizer rejects empty input; a lone space embeds as "nothing in particular".
		if (trimmed.isEmpty()) {
			return " ";
		}
		return trimmed.length() > MAX_CHARS ? trimmed.substring(0, MAX_CHARS) : trimmed;
	}

	private static float[] normalised(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		norm = Math.sqrt(norm);
		if (norm == 0) {
			return vector;
		}
		var unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / norm);
		}
		return unit;
	}
}
