package app.zetpay.support.bot.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import app.zetpay.support.bot.BotFlow;
import app.zetpay.support.shared.ProblemException;

/**
 * On a first start (no intent yet, {@code support.bot.seed}) loads the built-in intents of
 * {@code bot/intents.yml}; the first model is trained once the service is up ({@link BotModelWarmUp}). Idempotent: intents that
 * exist are left alone, so several nodes starting together do no harm.
 */
@Component
@Order(20)
class StartingIntents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartingIntents.class);
	static final String RESOURCE = "bot/intents.yml";
	private static final String SEEDER = "starting-intents";

	private final Intents intents;
	private final BotModels models;
	private final ModelTraining training;
	private final BotProperties properties;
	private final TransactionTemplate transaction;
	private final java.time.Clock clock;
	private volatile boolean seeded;

	StartingIntents(Intents intents, BotModels models, ModelTraining training, BotProperties properties,
			TransactionTemplate transaction, java.time.Clock clock) {
		this.intents = intents;
		this.models = models;
		this.training = training;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** One intent of the resource file. */
	record Seed(String name, String description, @Nullable String articleSlug, @Nullable BotFlow flow,
			@Nullable String team, List<String> examples) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.seed() || intents.count() > 0) {
			return;
		}
		var seeds = read();
		transaction.executeWithoutResult(status -> seeds.forEach(seed -> {
			if (intents.insert(seed.name(), seed.description(), seed.articleSlug(), seed.flow(), seed.team(),
					clock.instant())) {
				intents.addExamples(seed.name(), seed.examples());
			}
		}));
		log.info("Loaded {} starting bot intents; the first model trains once the service is up", seeds.size());
		seeded = true;
	}

	/** Whether this start loaded the intents and the warm-up has not started the first training yet. */
	boolean firstModelPending() {
		return seeded;
	}

	/** Trains the first model when this start loaded the intents and no node has trained one yet. */
	void trainFirstModel() {
		if (!seeded || models.count() > 0) {
			return;
		}
		seeded = false;
		try {
			training.start(SEEDER);
		}
		catch (ProblemException e) {
			log.info("Not training the first bot model here: {}", e.getMessage());
		}
	}

	static List<Seed> read() {
		try {
			var text = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
			Map<String, List<Map<String, Object>>> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
			return root.get("intents").stream().map(StartingIntents::seed).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, e);
		}
	}

	private static Seed seed(Map<String, Object> entry) {
		var flow = (String) entry.get("flow");
		var examples = entry.get("examples") instanceof List<?> list ? list.stream().map(String::valueOf).toList()
				: List.<String>of();
		return new Seed(String.valueOf(entry.get("name")), String.valueOf(entry.get("description")),
				(String) entry.get("articleSlug"), flow == null ? null : BotFlow.valueOf(flow), (String) entry.get("team"),
				examples);
	}
}
