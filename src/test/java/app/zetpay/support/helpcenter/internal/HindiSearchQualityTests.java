package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import app.zetpay.support.embeddings.SentenceEmbeddings;
import app.zetpay.support.testing.IntegrationTest;

/**
 * Search quality on our own labelled Hinglish, Devanagari and English customer messages
 * (src/test/resources/language, issue 19): a message finds one of the articles that answer it
 * among the first three results. Prints the rates per set; the figures go to docs/benchmarks.md.
 */
@IntegrationTest
@Tag("embedded-only")
class HindiSearchQualityTests {

	@Autowired
	IndexKeeper keeper;

	@Autowired
	Articles articles;

	@Autowired
	SentenceEmbeddings embeddings;

	record Labelled(String message, String language, Set<String> slugs) {
	}

	@Test
	void hinglishDevanagariAndEnglishMessagesFindAnAnswerInTheTopThree() throws Exception {
		var deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (!(keeper.index().vectorsComplete() && embeddings.isLoaded())) {
			assertThat(System.nanoTime()).as("the passages embedded in time").isLessThan(deadline);
			Thread.sleep(100);
		}
		var slugById = new HashMap<String, String>();
		articles.all(null, null).forEach(a -> slugById.put(a.id(), a.slug()));

		var hinglish = top3(set("hinglish"), slugById);
		var devanagari = top3(set("devanagari"), slugById);
		var english = top3(set("english"), slugById);
		// Written after the glossary was tuned on the sets above and never used to tune it: the honest figure.
		var holdout = set("holdout");
		var holdoutHinglish = top3(holdout.stream().filter(l -> l.language().equals("HINGLISH")).toList(), slugById);
		var holdoutDevanagari = top3(holdout.stream().filter(l -> l.language().equals("HINDI")).toList(), slugById);
		System.out.printf("Issue 19 search top-3 (hybrid): Hinglish %.4f, Devanagari %.4f, English %.4f;"
				+ " held out: Hinglish %.4f, Devanagari %.4f%n", hinglish, devanagari, english, holdoutHinglish,
				holdoutDevanagari);

		assertThat(hinglish).isGreaterThan(FLOOR_HINGLISH);
		assertThat(devanagari).isGreaterThan(FLOOR_DEVANAGARI);
		assertThat(english).isGreaterThan(FLOOR_ENGLISH);
		assertThat(holdoutHinglish).isGreaterThanOrEqualTo(0.85);
		assertThat(holdoutDevanagari).isGreaterThanOrEqualTo(0.85);
	}

	// Floors a little under what was measured, to catch regressions (figures in docs/benchmarks.md).
	static final double FLOOR_HINGLISH = 0.94;

	static final double FLOOR_DEVANAGARI = 0.96;

	static final double FLOOR_ENGLISH = 0.95;

	private double top3(List<Labelled> set, HashMap<String, String> slugById) {
		var found = 0;
		for (var labelled : set) {
			var hits = keeper.search(labelled.message(), null, 3).stream().map(h -> slugById.get(h.articleId()))
					.toList();
			if (hits.stream().anyMatch(labelled.slugs()::contains)) {
				found++;
			}
			else if (Boolean.getBoolean("support.test.print-misses")) {
				System.out.println("MISS " + labelled.message() + " -> " + hits + " want " + labelled.slugs());
			}
		}
		return found / (double) set.size();
	}

	/** The messages of one set that some article answers (greetings and thanks have none). */
	static List<Labelled> set(String name) throws IOException {
		return new ClassPathResource("language/" + name + ".tsv").getContentAsString(StandardCharsets.UTF_8).lines()
				.skip(1).map(line -> line.split("\t", -1)).filter(f -> !f[3].isBlank())
				.map(f -> new Labelled(f[0], f[1], Set.of(f[3].split(",")))).toList();
	}
}
