package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.zetpay.support.helpcenter.ArticleStatus;

/** The on-disk index on its own: kept across restarts, thrown away when its layout changes. */
class SearchIndexTests {

	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	@TempDir
	Path directory;

	@Test
	void anIndexOnDiskIsReusedAfterARestart() throws IOException {
		try (var index = new SearchIndex(directory.toString())) {
			assertThat(index.isFresh()).isTrue();
			index.put(article("a1", "Refund timelines"), "Refunds take three banking days.", List.of());
			index.commit(NOW);
		}

		try (var reopened = new SearchIndex(directory.toString())) {
			assertThat(reopened.isFresh()).isFalse();
			assertThat(reopened.syncedTo()).isEqualTo(NOW);
			assertThat(reopened.search("refund", null, null, 3, SearchIndex.Fusion.DEFAULT))
					.extracting(SearchIndex.Hit::articleId).containsExactly("a1");
		}
	}

	/**
	 * The catch-up asks where the index is in step every second. Opening a reader on the directory
	 * for that mapped the segment's file again each time: the first 63 times into the arena the
	 * searchers keep open (19 MB of RSS after two minutes of a chat benchmark), then into an arena of
	 * its own, closed again at once, and closing a shared arena is a handshake with every thread.
	 */
	@Test
	void askingWhereTheIndexIsInStepMapsNoFileAgain() throws IOException {
		assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc/self/maps");
		try (var index = new SearchIndex(directory.toString())) {
			index.put(article("a1", "Refund timelines"), "Refunds take three banking days.", List.of());
			index.commit(NOW);
			assertThat(index.search("refund", null, null, 3, SearchIndex.Fusion.DEFAULT)).hasSize(1);
			var before = mappingsOf(directory);

			for (var i = 0; i < 50; i++) {
				assertThat(index.syncedTo()).isEqualTo(NOW);
			}

			assertThat(mappingsOf(directory)).isLessThanOrEqualTo(before);
		}
	}

	private static long mappingsOf(Path directory) throws IOException {
		try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
			return lines.filter(line -> line.contains(directory.toString())).count();
		}
	}

	@Test
	void anIndexStoppedBeforeItsVectorsWereInSaysSoWhenReopened() throws IOException {
		try (var index = new SearchIndex(directory.toString())) {
			index.put(article("a1", "Refund timelines"), "Refunds take three banking days.", List.of());
			index.markVectors(false);
			index.commit(NOW);
		}
		try (var reopened = new SearchIndex(directory.toString())) {
			assertThat(reopened.isFresh()).isFalse();
			assertThat(reopened.vectorsComplete()).isFalse();
			reopened.markVectors(true);
			reopened.commit(NOW);
		}

		try (var filled = new SearchIndex(directory.toString())) {
			assertThat(filled.vectorsComplete()).isTrue();
		}
	}

	@Test
	void anIndexWrittenWithAnotherLayoutStartsEmptyToBeRebuilt() throws IOException {
		try (var old = new SearchIndex(directory.toString(), "0")) {
			old.put(article("a1", "Refund timelines"), "Refunds take three banking days.", List.of());
			old.commit(NOW);
		}

		try (var current = new SearchIndex(directory.toString())) {
			assertThat(current.isFresh()).isTrue();
			assertThat(current.syncedTo()).isEqualTo(Instant.EPOCH);
			assertThat(current.ids()).isEmpty();
		}
	}

	@Test
	void anArticleFoundOnlyByMeaningMustBeCloseEnough() throws IOException {
		try (var index = new SearchIndex(null)) {
			var vector = unit(1f, 0f);
			index.put(article("a1", "Refund timelines"), "Refunds take three banking days.", List.of(vector));
			index.commit(NOW);

			var near = index.search("zzz", unit(0.9f, 0.1f), null, 3, SearchIndex.Fusion.DEFAULT);
			var far = index.search("zzz", unit(0f, 1f), null, 3, SearchIndex.Fusion.DEFAULT);

			assertThat(near).extracting(SearchIndex.Hit::articleId).containsExactly("a1");
			assertThat(near.getFirst().snippet()).contains("Refunds take three banking days.");
			assertThat(far).isEmpty();
		}
	}

	@Test
	void chattyWordsAreNotTakenForTypos() throws IOException {
		try (var index = new SearchIndex(null)) {
			index.put(article("a1", "Pleased with your refund?"), "Tell us how it went.", List.of());
			index.commit(NOW);

			// "please" is one edit from "pleased", but it is politeness, not a misspelt search.
			assertThat(index.search("please", null, null, 3, SearchIndex.Fusion.DEFAULT)).isEmpty();
			assertThat(index.search("pleasd", null, null, 3, SearchIndex.Fusion.DEFAULT))
					.extracting(SearchIndex.Hit::articleId).containsExactly("a1");
		}
	}

	/** A unit vector of the model's width pointing mostly along the first two axes. */
	static float[] unit(float x, float y) {
		var vector = new float[app.zetpay.support.embeddings.SentenceEmbeddings.DIMENSIONS];
		var norm = (float) Math.sqrt(x * x + y * y);
		vector[0] = x / norm;
		vector[1] = y / norm;
		return vector;
	}

	static Article article(String id, String title) {
		return new Article(id, id, "en", "refunds", title, "body", List.of(), List.of(), List.of(), List.of(),
				ArticleStatus.PUBLISHED, 1, NOW, NOW, NOW);
	}
}
