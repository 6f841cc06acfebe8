package app.zetpay.support.bot.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import app.zetpay.support.bot.intent.Evaluation;
import app.zetpay.support.bot.intent.IntentModel;
import app.zetpay.support.bot.intent.ModelEvaluation;
import app.zetpay.support.bot.intent.IntentTrainer;
import app.zetpay.support.bot.intent.ProgressListener;
import app.zetpay.support.bot.intent.StratifiedSplit;
import app.zetpay.support.bot.intent.TrainingExample;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.embeddings.SentenceEmbeddings;
import app.zetpay.support.language.LanguageDetector;

/**
 * Trains a new model version in the background, one training at a time on this node, with progress
 * anyone can watch. The examples are embedded once. When every intent has at least
 * {@value #MIN_FOR_VALIDATION} examples, a model fitted on a seeded, stratified 90 % is scored on
 * the other 10 % (the evaluation stored with the version: accuracy, macro-F1, per-intent precision
 * and recall, the top confusions); the model served is then
 * fitted on all examples. The new version becomes active only once stored, so the previous one
 * keeps answering until then. Examples are trained on as the classifier reads messages: Hindi in
 * either script by its English gloss, so Hinglish and Devanagari examples teach the model the gloss
 * it will be served.
 */
@Service
public class ModelTraining {

	private static final Logger log = LoggerFactory.getLogger(ModelTraining.class);
	static final int MIN_EXAMPLES_PER_INTENT = 2;
	static final int MIN_FOR_VALIDATION = 5;
	private static final double HOLD_OUT = 0.1;
	private static final long SEED = 42;
	private static final int TOP_CONFUSIONS = 10;

	private final Intents intents;
	private final BotModels models;
	private final IntentClassifier classifier;
	private final IntentTrainer trainer;
	private final LanguageDetector languages;
	private final Clock clock;
	private final AtomicBoolean running = new AtomicBoolean();
	private final CopyOnWriteArrayList<Consumer<TrainingProgress>> watchers = new CopyOnWriteArrayList<>();
	private volatile TrainingProgress progress = TrainingProgress.idle();
	/** Set when the service stops: a training ends at its next progress step, and a later start trains again. */
	private volatile boolean stopping;
	private volatile @Nullable Thread training;

	ModelTraining(Intents intents, BotModels models, IntentClassifier classifier, SentenceEmbeddings embeddings,
			LanguageDetector languages, Clock clock) {
		this.intents = intents;
		this.models = models;
		this.classifier = classifier;
		this.trainer = new IntentTrainer(embeddings);
		this.languages = languages;
		this.clock = clock;
	}

	public TrainingProgress progress() {
		return progress;
	}

	public boolean isRunning() {
		return running.get();
	}

	/** Hears every progress change until {@link #unwatch} (e.g. a browser's event stream). */
	public void watch(Consumer<TrainingProgress> watcher) {
		watchers.add(watcher);
	}

	public void unwatch(Consumer<TrainingProgress> watcher) {
		watchers.remove(watcher);
	}

	/**
	 * Starts training on every intent with at least two examples.
	 *
	 * @throws ProblemException 409 {@code training-running} when this node is already training,
	 *         409 {@code not-enough-training-data} with fewer than two such intents
	 */
	public TrainingProgress start(String requestedBy) {
		synchronized (this) {
			if (!running.compareAndSet(false, true)) {
				throw ProblemException.conflict("training-running", "A model is already being trained on this node");
			}
			return begin(requestedBy);
		}
	}

	private TrainingProgress begin(String requestedBy) {
		try {
			var examples = intents.trainingExamples(MIN_EXAMPLES_PER_INTENT).stream()
					.map(example -> new TrainingExample(languages.inEnglish(example.text()), example.intent()))
					.toList();
			if (examples.stream().map(TrainingExample::intent).distinct().count() < 2) {
				throw ProblemException.conflict("not-enough-training-data",
						"Training needs at least two intents with " + MIN_EXAMPLES_PER_INTENT + " or more examples each");
			}
			var started = clock.instant();
			progress = TrainingProgress.training("starting", 0, started);
			training = Thread.ofVirtual().name("bot-training").start(() -> run(examples, requestedBy, started));
			return progress;
		}
		catch (RuntimeException e) {
			running.set(false);
			throw e;
		}
	}

	private void run(List<TrainingExample> examples, String requestedBy, Instant started) {
		TrainingProgress outcome;
		try {
			var counts = examples.stream().collect(Collectors.groupingBy(TrainingExample::intent, Collectors.counting()));
			boolean validate = counts.values().stream().allMatch(n -> n >= MIN_FOR_VALIDATION);
			var vectors = trainer.embed(examples, scaled(0, validate ? 0.4 : 0.5, started));
			@Nullable ModelEvaluation evaluation = validate ? evaluate(examples, vectors, started) : null;
			var model = trainer.fit(examples, vectors, scaled(validate ? 0.6 : 0.5, 1, started));
			var bytes = model.toBytes();
			var took = Duration.between(started, clock.instant()).toMillis();
			var version = store(requestedBy, examples.size(), counts.size(), took, evaluation, bytes);
			models.activate(version);
			classifier.serve(version, model);
			log.info("Intent model version {} trained on {} examples of {} intents in {} ms, validation accuracy {}",
					version, examples.size(), counts.size(), took, evaluation == null ? null : evaluation.accuracy());
			outcome = TrainingProgress.finished(version, started, clock.instant());
		}
		catch (Stopping e) {
			log.info("Training the intent model stopped by the shutdown");
			outcome = TrainingProgress.failed("stopped by the shutdown", started, clock.instant());
		}
		catch (RuntimeException e) {
			log.error("Training the intent model failed", e);
			outcome = TrainingProgress.failed(e.getMessage(), started, clock.instant());
		}
		synchronized (this) {
			running.set(false);
			report(outcome);
		}
	}

	/** All stored versions, newest first, without their bytes. */
	public List<ModelVersion> versions() {
		return models.all();
	}

	/**
	 * Serves a stored version from now on, on every node (rolling back or forward).
	 *
	 * @throws ProblemException 404 for an unknown version, 409 {@code training-running} while this
	 *         node trains (its result would replace the choice at once)
	 */
	public synchronized ModelVersion activate(long version) {
		if (running.get()) {
			throw ProblemException.conflict("training-running",
					"A model is being trained on this node; activate a version when it has finished");
		}
		if (!models.activate(version)) {
			throw ProblemException.notFound("Model version " + version);
		}
		classifier.refresh();
		return models.all().stream().filter(v -> v.version() == version).findFirst().orElseThrow();
	}

	/** Stores the model as the next version; two nodes finishing together both get a number. */
	private long store(String requestedBy, int examples, int intentCount, long took,
			@Nullable ModelEvaluation evaluation, byte[] bytes) {
		for (int attempt = 1;; attempt++) {
			try {
				return models.insert(clock.instant(), requestedBy, examples, intentCount, took, evaluation, bytes);
			}
			catch (DuplicateKeyException e) {
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	/** Scores a model fitted on the seeded 90 % on the other 10 %: what the version's evaluation shows. */
	private ModelEvaluation evaluate(List<TrainingExample> examples, List<float[]> vectors, Instant started) {
		var embedded = new HashMap<TrainingExample, float[]>();
		for (int i = 0; i < examples.size(); i++) {
			embedded.put(examples.get(i), vectors.get(i));
		}
		var split = StratifiedSplit.holdOut(examples, HOLD_OUT, SEED);
		IntentModel model = trainer.fit(split.train(), split.train().stream().map(embedded::get).toList(),
				scaled(0.4, 0.6, started));
		var evaluation = new Evaluation();
		for (var example : split.test()) {
			evaluation.add(example.intent(), model.classify(example.text(), embedded.get(example)).intent());
		}
		return evaluation.summary(TOP_CONFUSIONS);
	}

	/** A listener mapping one step's 0–1 onto {@code from}–{@code to} of the whole job. */
	private ProgressListener scaled(double from, double to, Instant started) {
		return (phase, fraction) -> {
			if (stopping) {
				throw new Stopping();
			}
			report(TrainingProgress.training(phase, from + (to - from) * fraction, started));
		};
	}

	/** Ends a training at its next step when the service stops, before the database goes away. */
	@jakarta.annotation.PreDestroy
	void stop() throws InterruptedException {
		stopping = true;
		var thread = training;
		if (thread != null) {
			thread.join(java.time.Duration.ofSeconds(10));
		}
	}

	private static final class Stopping extends RuntimeException {

		Stopping() {
			super("the service is stopping", null, false, false);
		}
	}

	private void report(TrainingProgress next) {
		progress = next;
		for (var watcher : watchers) {
			watcher.accept(next);
		}
	}

}
