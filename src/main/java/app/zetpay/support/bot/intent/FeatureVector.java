package app.zetpay.support.bot.intent;

/**
 * What the classifier sees of one message: its dense sentence embedding and its sparse, weighted
 * lexical features (indices count from 0 within the lexical block).
 */
record FeatureVector(float[] dense, int[] sparseIndices, float[] sparseValues) {
}
