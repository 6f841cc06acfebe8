package app.zetpay.support.bot.intent;

/**
 * Multinomial logistic regression over a {@link FeatureVector}. Weights are stored feature-major
 * (all classes of one feature side by side), so a sparse feature touches one contiguous run of
 * memory both when scoring and when training.
 */
final class LinearSoftmax {

	final int classes;
	final float[] dense;
	final float[] sparse;
	final float[] bias;

	LinearSoftmax(int classes, int denseDimensions, int sparseDimensions) {
		this(classes, new float[denseDimensions * classes], new float[sparseDimensions * classes], new float[classes]);
	}

	LinearSoftmax(int classes, float[] dense, float[] sparse, float[] bias) {
		this.classes = classes;
		this.dense = dense;
		this.sparse = sparse;
		this.bias = bias;
	}

	int denseDimensions() {
		return dense.length / classes;
	}

	int sparseDimensions() {
		return sparse.length / classes;
	}

	/** Class probabilities for one vector. */
	double[] probabilities(FeatureVector x) {
		var logits = new double[classes];
		for (int c = 0; c < classes; c++) {
			logits[c] = bias[c];
		}
		var values = x.dense();
		for (int i = 0; i < values.length; i++) {
			accumulate(logits, dense, i * classes, values[i]);
		}
		var indices = x.sparseIndices();
		var sparseValues = x.sparseValues();
		for (int i = 0; i < indices.length; i++) {
			accumulate(logits, sparse, indices[i] * classes, sparseValues[i]);
		}
		return softmax(logits);
	}

	private void accumulate(double[] logits, float[] weights, int offset, float value) {
		if (value == 0) {
			return;
		}
		for (int c = 0; c < classes; c++) {
			logits[c] += value * weights[offset + c];
		}
	}

	static double[] softmax(double[] logits) {
		double max = Double.NEGATIVE_INFINITY;
		for (double logit : logits) {
			max = Math.max(max, logit);
		}
		double sum = 0;
		var probabilities = new double[logits.length];
		for (int c = 0; c < logits.length; c++) {
			probabilities[c] = Math.exp(logits[c] - max);
			sum += probabilities[c];
		}
		for (int c = 0; c < logits.length; c++) {
			probabilities[c] /= sum;
		}
		return probabilities;
	}
}
