package app.zetpay.support.bot.internal;

import org.springframework.stereotype.Component;

import app.zetpay.support.shared.WarmUp;

/**
 * Health's view of the bot's intent model: training the first one after a first start takes tens
 * of seconds, during which the bot hands every chat it cannot answer by rule to a person.
 */
@Component
@org.springframework.core.annotation.Order(20)
class BotModelWarmUp implements WarmUp {

	private final IntentClassifier classifier;
	private final ModelTraining training;
	private final BotModels models;
	private final StartingIntents starting;

	BotModelWarmUp(IntentClassifier classifier, ModelTraining training, BotModels models, StartingIntents starting) {
		this.classifier = classifier;
		this.training = training;
		this.models = models;
		this.starting = starting;
	}

	/** Starts training the first model after a first start; the training goes on in its own thread. */
	@Override
	public void warmUp() {
		starting.trainFirstModel();
	}

	@Override
	public String name() {
		return "botModel";
	}

	@Override
	public Status status() {
		var version = classifier.activeVersion();
		var progress = training.progress();
		if (version == 0 && starting.firstModelPending()) {
			return Status.warmingUp("the first intent model trains after the other warm-ups; the bot hands chats "
					+ "to people until it is ready", 0);
		}
		if (version == 0 && progress.state() == TrainingProgress.State.TRAINING) {
			return Status.warmingUp("training the first intent model (" + progress.phase() + "); the bot hands chats "
					+ "to people until it is ready", progress.percent());
		}
		if (version == 0 && progress.state() == TrainingProgress.State.FAILED) {
			return Status.failed("training the intent model failed: " + progress.error()
					+ "; the bot hands chats to people");
		}
		if (version > 0) {
			return Status.ready("serving intent model version " + version);
		}
		var stored = models.activeVersion();
		return stored.isPresent()
				? Status.warmingUp("loading intent model version " + stored.getAsLong(), null)
				: Status.ready("no intent model trained yet: the bot hands chats to people");
	}
}
