package app.zetpay.support.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import app.zetpay.support.embeddings.SentenceEmbeddings;
import app.zetpay.support.language.LanguageDetector;

/**
 * The bot's model, trained on the built-in intents (bot/intents.yml) as the service trains it,
 * on our labelled Hinglish, Devanagari and English messages (src/test/resources/language, issue
 * 19): Hindi in either script should be understood within 5 points of English on the same intents.
 * Prints accuracy as typed and with the Hindi glossed in English, as the classifier serves it.
 */
class HindiIntentTests {

	static final SentenceEmbeddings EMBEDDINGS = new SentenceEmbeddings();
	static final LanguageDetector LANGUAGES = new LanguageDetector();
	static IntentModel model;

	@BeforeAll
	static void train() throws IOException {
		Map<String, Object> seed = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new ClassPathResource("bot/intents.yml").getContentAsString(StandardCharsets.UTF_8));
		@SuppressWarnings("unchecked")
		var intents = (List<Map<String, Object>>) seed.get("intents");
		var examples = new ArrayList<TrainingExample>();
		for (var intent : intents) {
			@SuppressWarnings("unchecked")
			var texts = (List<String>) intent.get("examples");
			// As ModelTraining does: Hindi examples are trained on by their English gloss, as they are served.
			texts.forEach(text -> examples
					.add(new TrainingExample(LANGUAGES.inEnglish(text), String.valueOf(intent.get("name")))));
		}
		model = new IntentTrainer(EMBEDDINGS).train(examples, (phase, fraction) -> {
		});
	}

	@Test
	void understandsHindiAndHinglishWithinFivePointsOfEnglish() throws IOException {
		UnaryOperator<String> asTyped = text -> text;
		UnaryOperator<String> glossed = LANGUAGES::inEnglish;
		var english = accuracy("english", asTyped);
		var hinglishTyped = accuracy("hinglish", asTyped);
		var devanagariTyped = accuracy("devanagari", asTyped);
		var hinglish = accuracy("hinglish", glossed);
		var devanagari = accuracy("devanagari", glossed);
		var holdoutHinglish = accuracy("holdout", glossed, "HINGLISH");
		var holdoutDevanagari = accuracy("holdout", glossed, "HINDI");
		// Written after the glossary's who-did-what entries (h19b), to re-check them on lines they never saw.
		var secondHinglish = accuracy("holdout2", glossed, "HINGLISH");
		var secondDevanagari = accuracy("holdout2", glossed, "HINDI");
		// Written before the Hindi examples in intents.yml and the doer/receiver glossary entries (h19c).
		var thirdHinglish = accuracy("holdout3", glossed, "HINGLISH");
		var thirdDevanagari = accuracy("holdout3", glossed, "HINDI");
		System.out.printf("Issue 19 bot intent accuracy: English %.4f; as typed Hinglish %.4f, Devanagari %.4f;"
				+ " glossed Hinglish %.4f, Devanagari %.4f; held out glossed Hinglish %.4f, Devanagari %.4f;"
				+ " second held out glossed Hinglish %.4f, Devanagari %.4f;"
				+ " third held out glossed Hinglish %.4f, Devanagari %.4f%n", english, hinglishTyped, devanagariTyped,
				hinglish, devanagari, holdoutHinglish, holdoutDevanagari, secondHinglish, secondDevanagari,
				thirdHinglish, thirdDevanagari);

		assertThat(hinglish).isGreaterThanOrEqualTo(english - 0.05);
		assertThat(devanagari).isGreaterThanOrEqualTo(english - 0.05);
		assertThat(thirdHinglish).isGreaterThanOrEqualTo(english - 0.05);
		assertThat(thirdDevanagari).isGreaterThanOrEqualTo(english - 0.05);
	}

	private static double accuracy(String set, UnaryOperator<String> prepare) throws IOException {
		return accuracy(set, prepare, null);
	}

	/** Over the messages with one of the 16 intents; "none" messages have no right answer to score. */
	private static double accuracy(String set, UnaryOperator<String> prepare, String language) throws IOException {
		var rows = new ClassPathResource("language/" + set + ".tsv").getContentAsString(StandardCharsets.UTF_8)
				.lines().skip(1).map(line -> line.split("\t", -1)).filter(f -> !f[2].equals("none"))
				.filter(f -> language == null || f[1].equals(language)).toList();
		var right = 0;
		for (var row : rows) {
			var predicted = model.classify(prepare.apply(row[0])).intent();
			if (predicted.equals(row[2])) {
				right++;
			}
			else if (Boolean.getBoolean("support.test.print-misses")) {
				System.out.println("INTENT MISS " + row[0] + " -> " + predicted + " want " + row[2]);
			}
		}
		return right / (double) rows.size();
	}
}
