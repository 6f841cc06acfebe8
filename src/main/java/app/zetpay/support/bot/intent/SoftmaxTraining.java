package app.zetpay.support.bot.intent;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fits a {@link LinearSoftmax} by mini-batch Adam on the cross-entropy with L2, learning rate
 * decaying linearly to zero. Sparse features are updated lazily (only those present in the batch),
 * which keeps an epoch proportional to the text actually seen rather than to the hash space.
 * Single-threaded and seeded, so the same data and options give the same weights bit for bit.
 */
final class SoftmaxTraining {

	private static final double BETA1 = 0.9;
	private static final double BETA2 = 0.999;
	private static final double EPSILON = 1e-8;

	private final TrainingOptions options;

	SoftmaxTraining(TrainingOptions options) {
		this.options = options;
	}

	LinearSoftmax fit(List<FeatureVector> vectors, int[] labels, int classes, int sparseDimensions,
			ProgressListener listener) {
		int denseDimensions = vectors.getFirst().dense().length;
		var model = new LinearSoftmax(classes, denseDimensions, sparseDimensions);
		var dense = new Adam(model.dense);
		var sparse = new Adam(model.sparse);
		var bias = new Adam(model.bias);
		var denseGradient = new float[model.dense.length];
		var sparseGradient = new float[model.sparse.length];
		var biasGradient = new float[classes];
		var touched = new boolean[sparseDimensions];
		var touchedList = new int[sparseDimensions];
		var order = new int[vectors.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		var random = new Random(options.seed());
		int batches = (order.length + options.batchSize() - 1) / options.batchSize();
		int epochs = Math.max(options.epochs(), (options.minSteps() + batches - 1) / batches);
		long totalSteps = (long) batches * epochs;
		long step = 0;
		for (int epoch = 0; epoch < epochs; epoch++) {
			shuffle(order, random);
			for (int start = 0; start < order.length; start += options.batchSize()) {
				int end = Math.min(order.length, start + options.batchSize());
				float scale = 1f / (end - start);
				int touchedCount = 0;
				Arrays.fill(denseGradient, 0);
				Arrays.fill(biasGradient, 0);
				for (int b = start; b < end; b++) {
					var x = vectors.get(order[b]);
					var error = model.probabilities(x);
					error[labels[order[b]]] -= 1;
					for (int c = 0; c < classes; c++) {
						biasGradient[c] += (float) error[c] * scale;
					}
					var values = x.dense();
					for (int i = 0; i < values.length; i++) {
						addScaled(denseGradient, i * classes, error, values[i] * scale);
					}
					var indices = x.sparseIndices();
					var sparseValues = x.sparseValues();
					for (int i = 0; i < indices.length; i++) {
						int feature = indices[i];
						if (!touched[feature]) {
							touched[feature] = true;
							touchedList[touchedCount++] = feature;
						}
						addScaled(sparseGradient, feature * classes, error, sparseValues[i] * scale);
					}
				}
				step++;
				double rate = options.learningRate() * (1 - (step - 1) / (double) totalSteps);
				dense.update(denseGradient, 0, denseGradient.length, rate, step, options.l2());
				bias.update(biasGradient, 0, classes, rate, step, 0);
				for (int t = 0; t < touchedCount; t++) {
					int offset = touchedList[t] * classes;
					sparse.update(sparseGradient, offset, classes, rate, step, options.l2());
					Arrays.fill(sparseGradient, offset, offset + classes, 0);
					touched[touchedList[t]] = false;
				}
			}
			listener.progress("training", (epoch + 1) / (double) epochs);
		}
		return model;
	}

	private static void addScaled(float[] target, int offset, double[] error, float factor) {
		if (factor == 0) {
			return;
		}
		for (int c = 0; c < error.length; c++) {
			target[offset + c] += (float) (error[c] * factor);
		}
	}

	private static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}

	/** Adam moments for one weight array; L2 enters as part of the gradient of the weights it updates. */
	private static final class Adam {

		private final float[] weights;
		private final float[] first;
		private final float[] second;

		Adam(float[] weights) {
			this.weights = weights;
			this.first = new float[weights.length];
			this.second = new float[weights.length];
		}

		void update(float[] gradient, int offset, int length, double rate, long step, double l2) {
			double correction1 = 1 - Math.pow(BETA1, step);
			double correction2 = 1 - Math.pow(BETA2, step);
			double stepSize = rate * Math.sqrt(correction2) / correction1;
			for (int i = offset; i < offset + length; i++) {
				double g = gradient[i] + l2 * weights[i];
				first[i] = (float) (BETA1 * first[i] + (1 - BETA1) * g);
				second[i] = (float) (BETA2 * second[i] + (1 - BETA2) * g * g);
				weights[i] -= (float) (stepSize * first[i] / (Math.sqrt(second[i]) + EPSILON));
			}
		}
	}
}
