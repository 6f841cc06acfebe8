package app.zetpay.support.bot.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import app.zetpay.support.bot.internal.BotTrial;
import app.zetpay.support.bot.internal.HandoverRules;
import app.zetpay.support.bot.internal.HandoverSettings;
import app.zetpay.support.bot.internal.IntentAdministration;
import app.zetpay.support.bot.internal.ModelTraining;
import app.zetpay.support.bot.internal.ModelVersion;
import app.zetpay.support.bot.internal.TrainingProgress;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.web.ProgressEvents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Teaching the triage bot. The route rules require ADMIN for {@code /api/admin/**}. */
@RestController
@RequestMapping("/api/admin/bot")
@Validated
@Tag(name = "Admin: triage bot")
class BotAdminController {

	private final IntentAdministration intents;
	private final ModelTraining training;
	private final HandoverSettings handover;
	private final BotTrial trial;

	BotAdminController(IntentAdministration intents, ModelTraining training, HandoverSettings handover, BotTrial trial) {
		this.intents = intents;
		this.training = training;
		this.handover = handover;
		this.trial = trial;
	}

	record TryRequest(@NotBlank @Size(max = 1_000) String text) {
	}

	/** What an import changed, and the training it started when asked to. */
	record ImportResponse(int intentsCreated, int examplesAdded, int duplicatesSkipped,
			@Nullable TrainingProgress training) {
	}

	@GetMapping("/intents")
	@Operation(summary = "All intents with the number of their examples")
	List<IntentAdministration.Intent> list() {
		return intents.list();
	}

	@GetMapping("/intents/{name}")
	IntentAdministration.Detail get(@PathVariable String name) {
		return intents.get(name);
	}

	@PutMapping("/intents/{name}")
	@Operation(summary = "Create or replace an intent; its examples replace the ones it had (duplicates dropped)")
	ResponseEntity<IntentAdministration.Detail> save(@PathVariable String name,
			@RequestBody @NotNull IntentAdministration.Definition definition) {
		var saved = intents.save(name, definition);
		return saved.created()
				? ResponseEntity.created(URI.create("/api/admin/bot/intents/" + name)).body(saved.intent())
				: ResponseEntity.ok(saved.intent());
	}

	@DeleteMapping("/intents/{name}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String name) {
		intents.delete(name);
	}

	@PostMapping(path = "/training-data", consumes = "text/csv")
	@Operation(summary = "Merge labelled examples (CSV text,category) into the intents",
			description = "Unknown categories become intents; examples an intent already has are skipped. "
					+ "A bad file is refused whole with 400 invalid-training-data and the line. "
					+ "With train=true a training starts afterwards.")
	ImportResponse importCsv(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean train,
			@AuthenticationPrincipal Caller.Staff admin) {
		return imported(intents.importCsv(new StringReader(csv)), train, admin);
	}

	@PostMapping(path = "/training-data", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The same from an uploaded file (part 'file'), for files above the JSON body limit")
	ImportResponse importFile(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean train, @AuthenticationPrincipal Caller.Staff admin)
			throws IOException {
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return imported(intents.importCsv(reader), train, admin);
		}
	}

	private ImportResponse imported(IntentAdministration.ImportResult result, boolean train, Caller.Staff admin) {
		var progress = train ? training.start(admin.id()) : null;
		return new ImportResponse(result.intentsCreated(), result.examplesAdded(), result.duplicatesSkipped(), progress);
	}

	@GetMapping("/models")
	@Operation(summary = "Stored model versions, newest first")
	List<ModelVersion> versions() {
		return training.versions();
	}

	@PostMapping("/models")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Train a new model version in the background on every intent with 2+ examples",
			description = "Follow it with GET /api/admin/bot/models/training or the event stream "
					+ "/api/admin/bot/models/training/events. The active model keeps answering until the new one is ready.")
	TrainingProgress train(@AuthenticationPrincipal Caller.Staff admin) {
		return training.start(admin.id());
	}

	@PostMapping("/models/{version}/activate")
	@Operation(summary = "Serve a stored version on every node (roll back or forward)")
	ModelVersion activate(@PathVariable long version) {
		return training.activate(version);
	}

	@PostMapping("/try")
	@Operation(summary = "What the active model makes of a sentence and what the bot would do with it as a first message")
	BotTrial.Trial attempt(@Valid @RequestBody @NotNull TryRequest request) {
		return trial.attempt(request.text().strip());
	}

	@GetMapping("/handover-rules")
	@Operation(summary = "The handover rules admins may change (the support.bot.* properties until first saved)")
	HandoverRules handoverRules() {
		return handover.stored();
	}

	@PutMapping("/handover-rules")
	@Operation(summary = "Change the handover rules; every node applies them from the next message on")
	HandoverRules saveHandoverRules(@RequestBody @NotNull HandoverSettings.Change change,
			@AuthenticationPrincipal Caller.Staff admin) {
		return handover.save(change, admin.id());
	}

	@GetMapping("/models/training")
	@Operation(summary = "This node's training: state, phase and progress")
	TrainingProgress progress() {
		return training.progress();
	}

	@GetMapping(path = "/models/training/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-sent events with the training's progress (event name: progress); ends when it is not training")
	SseEmitter trainingEvents() {
		return ProgressEvents.stream(training::progress, p -> p.state() == TrainingProgress.State.TRAINING,
				training::watch, training::unwatch, ProgressEvents.WhenIdle.END);
	}
}
