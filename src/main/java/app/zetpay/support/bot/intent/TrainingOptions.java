package app.zetpay.support.bot.intent;

import app.zetpay.support.bot.intent.Features.Weights;

/**
 * Settings for training. The defaults were chosen by validation accuracy on a seeded stratified
 * split of BANKING77's training file (see docs/benchmarks.md, "Bot intent model").
 */
public record TrainingOptions(long seed, int epochs, int batchSize, double learningRate, double l2, int hashBits,
		float embeddingWeight, float wordWeight, float charWeight) {

	public static TrainingOptions defaults() {
		return new TrainingOptions(42, 30, 32, 0.01, 1e-5, 14, 1f, 1f, 1f);
	}

	public TrainingOptions withSeed(long seed) {
		return new TrainingOptions(seed, epochs, batchSize, learningRate, l2, hashBits, embeddingWeight, wordWeight,
				charWeight);
	}

	Weights weights() {
		return new Weights(embeddingWeight, wordWeight, charWeight);
	}
}
