package app.zetpay.support.bot.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.zetpay.support.bot.BotFlow;
import app.zetpay.support.bot.intent.Prediction;
import app.zetpay.support.chat.Handover;

/**
 * The admin's "try it": what the active model makes of a sentence, and what the bot would do with it
 * as a customer's first message under the current handover rules (the same rule objects the bot
 * answers with, so the two cannot disagree).
 */
@Service
public class BotTrial {

	private final IntentClassifier classifier;
	private final Intents intents;
	private final HandoverSettings handover;

	BotTrial(IntentClassifier classifier, Intents intents, HandoverSettings handover) {
		this.classifier = classifier;
		this.intents = intents;
		this.handover = handover;
	}

	/**
	 * @param handsOver whether the bot would hand over at once; {@code cause} says why (null when not)
	 * @param outcome what it would do, in words
	 */
	public record Trial(@Nullable String intent, double confidence, List<Prediction.Alternative> alternatives,
			long modelVersion, boolean understood, boolean handsOver, Handover.@Nullable Cause cause, String outcome) {
	}

	public Trial attempt(String text) {
		var rules = handover.current();
		var classification = classifier.classifyWithVersion(text).orElse(null);
		var prediction = classification == null ? null : classification.prediction();
		var version = classification == null ? 0 : classification.modelVersion();
		var first = rules.before(text);
		if (first.isPresent()) {
			return trial(rules, prediction, version, first.get(), first.get() == Handover.Cause.UPSET_CUSTOMER
					? "Hands over at once: the customer sounds upset." : "Hands over at once: the customer asks for a person.");
		}
		if (prediction == null) {
			return trial(rules, null, 0, Handover.Cause.BOT_NOT_READY, "Hands over at once: no model has been trained yet.");
		}
		if (!rules.understood(prediction.confidence())) {
			return rules.enoughMisunderstood(1)
					? trial(rules, prediction, version, Handover.Cause.LOW_CONFIDENCE,
							"Hands over at once: below the confidence threshold, and one misunderstanding is enough.")
					: trial(rules, prediction, version, null, "Not understood (below the confidence threshold): answers with "
							+ "the closest article or asks to rephrase; " + rules.misunderstandings()
							+ " misunderstandings in a row hand over.");
		}
		var flow = intents.find(prediction.intent()).map(IntentAdministration.Intent::flow).orElse(null);
		if (flow == BotFlow.HUMAN) {
			return trial(rules, prediction, version, Handover.Cause.ASKED_FOR_PERSON,
					"Hands over at once: this intent means the customer wants a person.");
		}
		if (flow == BotFlow.BLOCKED_OR_FRAUD) {
			return trial(rules, prediction, version, Handover.Cause.SUSPECTED_FRAUD, "Hands over at once, urgently"
					+ (rules.urgentTeam() == null ? "" : " to team " + rules.urgentTeam()) + ": blocked card or suspected fraud.");
		}
		if (flow != null) {
			return trial(rules, prediction, version, null, "Starts the guided " + flow.name().toLowerCase(java.util.Locale.ROOT)
					.replace('_', ' ') + " flow (which may hand over if it cannot settle the payment).");
		}
		return trial(rules, prediction, version, null, "Answers from the help centre.");
	}

	private static Trial trial(HandoverRules rules, @Nullable Prediction prediction, long version,
			Handover.@Nullable Cause cause, String outcome) {
		return new Trial(prediction == null ? null : prediction.intent(), prediction == null ? 0 : prediction.confidence(),
				prediction == null ? List.of() : prediction.alternatives(), version,
				prediction != null && rules.understood(prediction.confidence()), cause != null, cause, outcome);
	}
}
