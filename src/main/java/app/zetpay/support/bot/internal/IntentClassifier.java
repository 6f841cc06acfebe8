package app.zetpay.support.bot.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.zetpay.support.bot.intent.IntentModel;
import app.zetpay.support.bot.intent.Prediction;
import app.zetpay.support.embeddings.SentenceEmbeddings;
import app.zetpay.support.language.LanguageDetector;

/**
 * The intent model this node serves: the version marked active in the database, loaded into
 * memory. Every few seconds ({@code support.bot.model-poll}) it checks which version is active, so
 * an activation or a training finished on any node reaches every node.
 */
@Component
public class IntentClassifier {

	private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);

	private final BotModels models;
	private final SentenceEmbeddings embeddings;
	private final LanguageDetector languages;
	private volatile @Nullable ActiveModel active;

	IntentClassifier(BotModels models, SentenceEmbeddings embeddings, LanguageDetector languages) {
		this.models = models;
		this.languages = languages;
		this.embeddings = embeddings;
	}

	/** A prediction together with the version of the model that made it. */
	public record Classification(Prediction prediction, long modelVersion) {
	}

	private record ActiveModel(long version, IntentModel model) {
	}

	/** The most likely intent of a customer's message; empty while no model has been trained. */
	public Optional<Prediction> classify(String text) {
		return classifyWithVersion(text).map(Classification::prediction);
	}

	/** Like {@link #classify}, with the version of the model that answered (read once, so they agree). */
	public Optional<Classification> classifyWithVersion(String text) {
		var current = active;
		return current == null ? Optional.empty()
				: Optional.of(new Classification(current.model().classify(inEnglish(text)), current.version()));
	}

	/**
	 * The intents are trained on English and the sentence model knows English only, so Hindi in
	 * either script is classified by its English gloss: 0.13 → 0.97 of Devanagari messages and
	 * 0.67 → 0.96 of Hinglish ones right on our labelled sets (docs/benchmarks.md, issue 19).
	 */
	private String inEnglish(String text) {
		return languages.inEnglish(text);
	}

	/** The version being served, 0 when there is none. */
	public long activeVersion() {
		var current = active;
		return current == null ? 0 : current.version();
	}

	/** Serves a model this node has just trained and activated, without reading it back. */
	synchronized void serve(long version, IntentModel model) {
		active = new ActiveModel(version, model);
	}

	/** Loads the active version from the database when it is not the one served. */
	@Scheduled(fixedDelayString = "${support.bot.model-poll:5s}")
	synchronized void refresh() {
		try {
			var version = models.activeVersion();
			if (version.isEmpty() || version.getAsLong() == activeVersion()) {
				return;
			}
			var bytes = models.bytes(version.getAsLong());
			if (bytes.isPresent()) {
				active = new ActiveModel(version.getAsLong(), IntentModel.fromBytes(bytes.get(), embeddings));
				log.info("Serving intent model version {}", version.getAsLong());
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not load the active intent model; retrying", e);
		}
	}
}
