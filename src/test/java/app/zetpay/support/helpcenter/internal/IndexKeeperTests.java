package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import app.zetpay.support.helpcenter.ArticleStatus;
import app.zetpay.support.language.LanguageDetector;
import app.zetpay.support.shared.AfterCommit;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * Keeping every node's index in step with the database: a full rebuild with progress anyone can
 * watch, one rebuild at a time, and a second node that catches up with an article published on the
 * first.
 */
@IntegrationTest
class IndexKeeperTests {

	@Autowired
	Api api;

	@Autowired
	Articles articles;

	@Autowired
	ArticleVectors vectors;

	@Autowired
	MarkdownRenderer markdown;

	@Autowired
	Clock clock;

	@Autowired
	app.zetpay.support.embeddings.SentenceEmbeddings embeddings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndexKeeper keeper;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	String admin;

	@BeforeEach
	void admin() {
		admin = new AgentFixtures(api).adminToken();
	}

	@Test
	void aRebuildReportsItsProgressAsServerSentEventsAndEndsReady() throws Exception {
		var stream = indexEvents();

		var started = api.post("/api/admin/help/index/rebuild", admin, Map.of());

		assertThat(started.status()).isEqualTo(202);
		var events = stream.get(60, TimeUnit.SECONDS);
		assertThat(events.getLast()).contains("\"state\":\"READY\"").contains("\"percent\":100");
		assertThat(events).anySatisfy(event -> assertThat(event).contains("\"phase\":\"indexing\""));
		var status = api.get("/api/admin/help/index", admin).body();
		assertThat(status.get("state").asString()).isEqualTo("READY");
		// One rebuild, one start: what the 202 said is what its progress says.
		assertThat(status.get("startedAt").asString()).isEqualTo(started.body().get("startedAt").asString());
		assertThat(status.get("done").asInt()).isEqualTo((int) articles.count());
		assertThat(api.get("/api/support/faqs?query=refund", null).body().size()).isPositive();
	}

	@Test
	void aSecondRebuildWhileOneRunsIsAConflictAndTheFirstStillFinishes() throws Exception {
		var release = new CountDownLatch(1);
		// Holds the rebuild at its first step, so it is surely still running when the second request comes.
		Consumer<IndexProgress> holdBack = progress -> {
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		};
		keeper.watch(holdBack);
		CompletableFuture<List<String>> stream;
		try {
			assertThat(api.post("/api/admin/help/index/rebuild", admin, Map.of()).status()).isEqualTo(202);

			var second = api.post("/api/admin/help/index/rebuild", admin, Map.of());

			assertThat(second.status()).isEqualTo(409);
			assertThat(second.contentType()).startsWith("application/problem+json");
			assertThat(second.body().get("code").asString()).isEqualTo("index-rebuilding");
			// Opened while the first rebuild is held, the stream follows that rebuild to its end.
			stream = indexEvents();
		}
		finally {
			keeper.unwatch(holdBack);
			release.countDown();
		}
		var events = stream.get(60, TimeUnit.SECONDS);
		assertThat(events.getFirst()).contains("\"state\":\"REBUILDING\"");
		assertThat(events.getLast()).contains("\"state\":\"READY\"");
		var status = api.get("/api/admin/help/index", admin).body();
		assertThat(status.get("state").asString()).isEqualTo("READY");
		assertThat(status.get("done").asInt()).isEqualTo((int) articles.count());
	}

	@Test
	void onlyAdminsMayRebuildOrWatchTheIndex() {
		var fixtures = new AgentFixtures(api);
		var agent = fixtures.token(fixtures.create("Asha", "AGENT"));

		assertThat(api.post("/api/admin/help/index/rebuild", agent, Map.of()).status()).isEqualTo(403);
		assertThat(api.get("/api/admin/help/index", null).status()).isEqualTo(401);
	}

	@Test
	void anotherNodeFindsAnArticlePublishedHereAfterCatchingUp() throws Exception {
		var otherNode = new IndexKeeper(articles, vectors, markdown, clock, embeddings, new HelpCentreProperties(null,
				Duration.ofSeconds(1), false, List.of()), new SimpleMeterRegistry(),
				new LanguageDetector());
		try {
			otherNode.rebuild();
			var slug = "festival-cashback-" + UUID.randomUUID().toString().substring(0, 8);
			api.send("PUT", "/api/admin/help/categories/test-category", admin, "application/json",
					HttpRequest.BodyPublishers.ofString("{\"title\":\"Test category\"}"));
			api.post("/api/admin/help/articles", admin, Map.of("slug", slug, "category", "test-category", "title",
					"Diwali plinkberry cashback", "body", "How the festival cashback works.", "questions",
					List.of("when do I get my festival cashback?")));
			api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());
			assertThat(otherNode.index().search("plinkberry", null, null, 3, SearchIndex.Fusion.DEFAULT)).isEmpty();
			// The publishing node stored every vector, and the other node's way of getting them reads
			// them all back: it has nothing to embed.
			var passages = List.of(vectors.passages(articles.find(slug).orElseThrow()));
			assertThat(vectors.missing(passages)).isZero();
			var embedded = new int[1];
			vectors.of(passages, count -> embedded[0] += count);
			assertThat(embedded[0]).isZero();

			otherNode.catchUp();

			var id = articles.find(slug).orElseThrow().id();
			assertThat(otherNode.index().search("plinkberry", null, null, 3, SearchIndex.Fusion.DEFAULT))
					.extracting(SearchIndex.Hit::articleId).containsExactly(id);
			// The vectors were computed once, by the node that published, and read by the other.
			assertThat(jdbc.sql("SELECT COUNT(DISTINCT content_hash) FROM help_article_vector WHERE article_id = :id")
					.param("id", id).query(Long.class).single()).isEqualTo(1);
		}
		finally {
			otherNode.close();
		}
	}

	@Test
	void thePeriodicCatchUpWaitsForTheStartToFillTheIndex() throws Exception {
		var node = new IndexKeeper(articles, vectors, markdown, clock, embeddings, new HelpCentreProperties(null,
				Duration.ofSeconds(1), false, List.of()), new SimpleMeterRegistry(),
				new LanguageDetector());
		try {
			node.keepInStep();
			assertThat(node.index().ids()).as("a first start's articles are not embedded by the catch-up").isEmpty();

			node.opened();
			node.keepInStep();

			assertThat(node.index().ids()).isNotEmpty();
		}
		finally {
			node.close();
		}
	}

	@Test
	void aSearchByMeaningKeepsItsQueryVectorSoTheSameSearchDoesNotEmbedAgain() throws Exception {
		var deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (!(keeper.index().vectorsComplete() && embeddings.isLoaded())) {
			assertThat(System.nanoTime()).as("the passages embedded in time").isLessThan(deadline);
			Thread.sleep(100);
		}
		var text = "how long does a refund take " + UUID.randomUUID();

		keeper.search(text, null, 3);
		var embeddedAgain = new java.util.concurrent.atomic.AtomicInteger();
		keeper.queryVectors().of(text, t -> {
			embeddedAgain.incrementAndGet();
			return new float[app.zetpay.support.embeddings.SentenceEmbeddings.DIMENSIONS];
		});

		assertThat(embeddedAgain).hasValue(0);
	}

	@Test
	void aFillAtStartAnswersByWordsAtOnceAndByMeaningOnceThePassagesAreEmbedded() throws Exception {
		var id = publishedWithoutVectors("Quokkaberry card limits", "How much a quokkaberry card can spend in a day.");
		var node = new IndexKeeper(articles, vectors, markdown, clock, embeddings, new HelpCentreProperties(null,
				Duration.ofSeconds(1), false, List.of()), new SimpleMeterRegistry(),
				new LanguageDetector());
		var embedding = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var holdEmbedding = holdingTheFirstBatch(embedding, release);
		node.watch(holdEmbedding);
		try {
			fillInTheBackground(node);

			assertThat(node.search("quokkaberry", null, 3)).extracting(SearchIndex.Hit::articleId).containsExactly(id);
			assertThat(embedding.await(60, TimeUnit.SECONDS)).isTrue();
			assertThat(node.index().vectorsComplete()).isFalse();
			assertThat(node.status().state()).isEqualTo(app.zetpay.support.shared.WarmUp.State.WARMING_UP);
			assertThat(node.status().detail()).contains("embedding passages").contains("search answers by words");

			release.countDown();
			var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (node.status().state() != app.zetpay.support.shared.WarmUp.State.READY) {
				assertThat(System.nanoTime()).as("embedded in time").isLessThan(deadline);
				Thread.sleep(50);
			}
			assertThat(node.index().vectorsComplete()).isTrue();
			// Found by meaning alone now: no word of the query is in the article.
			assertThat(node.index().search("zzz", embeddings.embed("Quokkaberry card limits"), null, 3,
					SearchIndex.Fusion.DEFAULT)).extracting(SearchIndex.Hit::articleId).contains(id);
		}
		finally {
			release.countDown();
			node.unwatch(holdEmbedding);
			node.close();
		}
	}

	@Test
	void aStopDuringTheBackgroundEmbeddingEndsItAndTheNextStartFillsTheIndexAgain(@TempDir Path directory)
			throws Exception {
		publishedWithoutVectors("Numbat wallet fees", "What a numbat wallet costs.");
		var properties = new HelpCentreProperties(directory.toString(), Duration.ofSeconds(1), false, List.of());
		var node = new IndexKeeper(articles, vectors, markdown, clock, embeddings, properties, new SimpleMeterRegistry(),
				new LanguageDetector());
		var embedding = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		node.watch(holdingTheFirstBatch(embedding, release));
		fillInTheBackground(node);
		assertThat(embedding.await(60, TimeUnit.SECONDS)).isTrue();

		var stopped = CompletableFuture.runAsync(() -> {
			try {
				node.close();
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		Thread.sleep(200);
		release.countDown();
		stopped.get(30, TimeUnit.SECONDS);

		try (var reopened = new SearchIndex(directory.toString())) {
			assertThat(reopened.isFresh()).isFalse();
			assertThat(reopened.vectorsComplete()).as("left to be filled again at the next start").isFalse();
		}
	}

	@Test
	void anArticlePublishedHereIsIndexedOnceNotAgainWhenThisNodeCatchesUp() throws Exception {
		api.send("PUT", "/api/admin/help/categories/test-category", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"Test category\"}"));
		var slug = "once-" + UUID.randomUUID().toString().substring(0, 8);
		api.post("/api/admin/help/articles", admin, Map.of("slug", slug, "category", "test-category", "title",
				"Wombatfruit wallet limits", "body", "The wallet's monthly limits."));
		// The draft is not indexed by the edit, so the catch-up takes it now, not in the middle of what is counted.
		keeper.catchUp();
		var before = articlesIndexed();

		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());
		keeper.catchUp();

		assertThat(articlesIndexed() - before).isEqualTo(1);
		assertThat(keeper.index().search("wombatfruit", null, null, 3, SearchIndex.Fusion.DEFAULT))
				.extracting(SearchIndex.Hit::articleId).containsExactly(articles.find(slug).orElseThrow().id());
	}

	/** As a start does: the index filled for words now, its vectors by the warm-up on another thread. */
	private static void fillInTheBackground(IndexKeeper node) {
		node.fillForWords();
		Thread.ofVirtual().name("help-index-embedding").start(node::warmUp);
	}

	/** A published article whose vectors are not stored, as on a first start; its id. */
	private String publishedWithoutVectors(String title, String body) {
		api.send("PUT", "/api/admin/help/categories/test-category", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"Test category\"}"));
		var slug = "unembedded-" + UUID.randomUUID().toString().substring(0, 8);
		api.post("/api/admin/help/articles", admin, Map.of("slug", slug, "category", "test-category", "title", title,
				"body", body));
		api.post("/api/admin/help/articles/" + slug + "/publish", admin, Map.of());
		var id = articles.find(slug).orElseThrow().id();
		jdbc.sql("DELETE FROM help_article_vector WHERE article_id = :id").param("id", id).update();
		return id;
	}

	/**
	 * Holds the background embedding after its first batch (signalled on {@code embedding}) until
	 * {@code release}, so what is served meanwhile can be seen.
	 */
	private static Consumer<IndexProgress> holdingTheFirstBatch(CountDownLatch embedding, CountDownLatch release) {
		return progress -> {
			if ("embedding".equals(progress.phase()) && progress.done() > 0) {
				embedding.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		};
	}

	private double articlesIndexed() {
		return meters.counter("support.help.indexed", "cause", "edit").count()
				+ meters.counter("support.help.indexed", "cause", "sync").count();
	}

	@Test
	void passagesAreMissingUntilAllTheirVectorsAreStored() {
		api.send("PUT", "/api/admin/help/categories/test-category", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"Test category\"}"));
		var article = publishedArticle("Numbatseed statements", "where is my numbatseed statement?");
		articles.insert(article);
		var passages = List.of(vectors.passages(article));
		assertThat(vectors.missing(passages)).isEqualTo(3);

		vectors.of(passages, count -> {
		});
		assertThat(vectors.missing(passages)).isZero();

		// A set a node left half-stored is computed again in full.
		jdbc.sql("DELETE FROM help_article_vector WHERE article_id = :id AND ordinal = 2").param("id", article.id())
				.update();
		assertThat(vectors.missing(passages)).isEqualTo(3);
	}

	private Article publishedArticle(String title, String question) {
		var now = clock.instant();
		return new Article("art_" + UUID.randomUUID().toString().replace("-", ""),
				"vectors-" + UUID.randomUUID().toString().substring(0, 8), "en", "test-category", title,
				"How " + title.toLowerCase(java.util.Locale.ROOT) + " work.", List.of(), List.of(question), List.of(),
				List.of(), ArticleStatus.PUBLISHED, 1, now, now, now);
	}

	@Test
	void vectorsStoredWhileIndexingAfterACommitAreCommittedThemselves() {
		api.send("PUT", "/api/admin/help/categories/test-category", admin, "application/json",
				HttpRequest.BodyPublishers.ofString("{\"title\":\"Test category\"}"));
		var article = publishedArticle("Quokkaberry refunds", "where is my quokkaberry refund?");
		var seenElsewhere = new long[1];

		transactions.executeWithoutResult(tx -> {
			articles.insert(article);
			AfterCommit.run(() -> {
				keeper.apply(article);
				// Another connection (this thread's is still bound to the finished transaction) must see them now.
				seenElsewhere[0] = CompletableFuture.supplyAsync(() -> jdbc
						.sql("SELECT COUNT(*) FROM help_article_vector WHERE article_id = :id").param("id", article.id())
						.query(Long.class).single()).join();
			});
		});

		assertThat(seenElsewhere[0]).isEqualTo(3);
	}

	/** Opens the index's event stream; the future holds its data lines once the server ends it. */
	private CompletableFuture<List<String>> indexEvents() throws Exception {
		var request = HttpRequest.newBuilder(api.uri("/api/admin/help/index/events"))
				.header("Authorization", "Bearer " + admin).header("Accept", "text/event-stream").build();
		var lines = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
				.get(10, TimeUnit.SECONDS);
		assertThat(lines.statusCode()).isEqualTo(200);
		return CompletableFuture.supplyAsync(() -> lines.body().filter(line -> line.startsWith("data:")).toList());
	}
}
