package app.zetpay.support.bot.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.bot.internal.IntentClassifier;
import app.zetpay.support.shared.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Trying the bot's intent model on a message. The route rules allow agents and admins. */
@RestController
@Tag(name = "Triage bot")
class ClassifyController {

	private final IntentClassifier classifier;

	ClassifyController(IntentClassifier classifier) {
		this.classifier = classifier;
	}

	record ClassifyRequest(@NotBlank @Size(max = 1_000) String text) {
	}

	record Alternative(String intent, double confidence) {
	}

	record ClassifyResponse(String intent, double confidence, List<Alternative> alternatives, long modelVersion) {
	}

	@PostMapping("/api/bot/classify")
	@Operation(summary = "The most likely intents of a message, from the active model")
	ClassifyResponse classify(@Valid @RequestBody @NotNull ClassifyRequest request) {
		var result = classifier.classifyWithVersion(request.text().strip())
				.orElseThrow(() -> ProblemException.conflict("no-model", "No intent model has been trained yet"));
		var prediction = result.prediction();
		return new ClassifyResponse(prediction.intent(), prediction.confidence(),
				prediction.alternatives().stream().map(a -> new Alternative(a.intent(), a.confidence())).toList(),
				result.modelVersion());
	}
}
