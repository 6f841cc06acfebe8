package app.zetpay.support.bot.intent;

import app.zetpay.support.bot.intent.Features.Weights;

/**
 * Settings for training. The defaults were chosen by validation accuracy on a seeded stratified
 * split of BANKING77's training file (docs/benchmarks.md, "Bot intent model"). Small training sets
 * get more epochs, at least {@code minSteps} updates in all, because twenty passes over ten examples
 * per intent leave the model undertrained. The embedding counts four times as much as each lexical
 * block: it generalises to unseen wording, the lexical blocks only sharpen what it already suggests.
 * Only the first {@code wordPieces} word pieces of a message are embedded (32 cover nine messages in
 * ten whole, cost no accuracy on validation, and keep the slowest messages fast).
 */
public record TrainingOptions(long seed, int epochs, int minSteps, int batchSize, double learningRate, double l2, int hashBits,
		float embeddingWeight, float wordWeight, float charWeight, int wordPieces) {

	public static TrainingOptions defaults() {
		return new TrainingOptions(42, 20, 1_500, 32, 0.01, 0, 14, 4f, 1f, 1f, 32);
	}

	public TrainingOptions withSeed(long seed) {
		return new TrainingOptions(seed, epochs, minSteps, batchSize, learningRate, l2, hashBits, embeddingWeight, wordWeight,
				charWeight, wordPieces);
	}

	Weights weights() {
		return new Weights(embeddingWeight, wordWeight, charWeight);
	}
}
