package app.zetpay.support.bot.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.bot.intent.ModelEvaluation;

/**
 * A stored model version, without its bytes. {@code validationAccuracy} is the share of a 10 %
 * hold-out a model trained on the rest got right; null when some intent had fewer than 5 examples.
 * {@code evaluation} is that hold-out's full scoring (null then too, and for versions trained before
 * it was kept).
 */
public record ModelVersion(long version, Instant createdAt, String createdBy, int examples, int intents,
		long trainingMs, @Nullable Double validationAccuracy, boolean active,
		@Nullable ModelEvaluation evaluation) {
}
