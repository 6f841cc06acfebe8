package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import app.zetpay.support.helpcenter.ArticleStatus;
import app.zetpay.support.embeddings.SentenceEmbeddings;
import app.zetpay.support.testing.NeedsBanking77;

/**
 * Search latency at 1,000 and 10,000 articles: BM25 only, hybrid (embedding the query included), and
 * PostgreSQL full-text search ({@code tsvector}, {@code ts_rank}) over the same articles, in one
 * run; then the quality of each on the 120 real articles with every BANKING77 query. Not part of
 * the test suite (tag {@code benchmark}); run it pinned to one core:
 *
 * <pre>taskset -c 0 ./mvnw -o test -Dtest=SearchBenchmark -Dsupport.test.excluded=none</pre>
 *
 * Results go to stdout and {@code target/search-benchmark.md}. Extra articles are made from the
 * real ones: the title and questions of one, the paragraphs of three others shuffled, and each
 * passage vector jittered a little so HNSW does not index thousands of identical points.
 */
@Tag("benchmark")
@NeedsBanking77
class SearchBenchmark {

	static final int WARMUP = 3_000;
	static final int MEASURED = 2_000;

	/** {@code -Dbench.lucene-only=true} skips PostgreSQL and the quality pass, for quick tuning runs. */
	static final boolean WITH_POSTGRES = !Boolean.getBoolean("bench.lucene-only");

	@TempDir
	Path directory;

	final SentenceEmbeddings embeddings = new SentenceEmbeddings();
	final MarkdownRenderer markdown = new MarkdownRenderer(List.of());
	final Map<String, float[]> vectorCache = new HashMap<>();
	final StringBuilder report = new StringBuilder();

	@Test
	void measure() throws Exception {
		var real = realArticles();
		var queries = queries();
		var random = new Random(42);
		var sample = new ArrayList<>(queries);
		java.util.Collections.shuffle(sample, random);
		var timed = sample.subList(0, WARMUP + MEASURED).stream().map(q -> q[0]).toList();
		System.out.printf("Warm-up %d queries, then %d measured, per engine%n", WARMUP, MEASURED);

		line("Warm-up " + WARMUP + " queries, then " + MEASURED + " measured per engine, one thread, JVM pinned to one core.");
		line("");
		line("| Articles | Engine | p50 ms | p99 ms | mean ms |");
		line("|---:|---|---:|---:|---:|");
		try (var postgres = postgres()) {
			for (var size : java.util.Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
					.map(Integer::valueOf).toList()) {
				var articles = generate(real, size, random);
				var started = System.nanoTime();
				try (var index = index(articles, random)) {
					System.out.printf("Indexed %d articles in %d ms%n", size, (System.nanoTime() - started) / 1_000_000);
					if (WITH_POSTGRES) {
						fillPostgres(postgres, articles);
					}
					time(size, "BM25 (Lucene)", timed, q -> index.search(q, null, null, 5, SearchIndex.Fusion.LEXICAL_ONLY));
					time(size, "Hybrid (BM25 + HNSW, embedding included)", timed,
							q -> index.search(q, embeddings.embed(q), null, 5, SearchIndex.Fusion.DEFAULT));
					time(size, "Embedding the query alone", timed, embeddings::embed);
					if (WITH_POSTGRES) {
						time(size, "PostgreSQL tsvector + ts_rank", timed, q -> postgresSearch(postgres, q, 5));
					}
				}
			}
			if (WITH_POSTGRES) {
				quality(real, queries, postgres);
			}
		}
		var out = Path.of("target/search-benchmark.md");
		Files.writeString(out, report);
		System.out.println(report);
	}

	private void quality(List<Article> real, List<String[]> queries, Connection postgres) throws Exception {
		var mapping = new HashMap<String, String>();
		new org.springframework.core.io.ClassPathResource("helpcenter/banking77-intents.csv")
				.getContentAsString(StandardCharsets.UTF_8).lines().skip(1)
				.forEach(line -> mapping.put(line.split(",")[0].strip(), line.split(",")[1].strip()));
		var labelled = queries.stream().filter(q -> mapping.containsKey(q[1])).toList();
		fillPostgres(postgres, real);
		try (var index = index(real, null)) {
			var vectors = embeddings.embedAll(labelled.stream().map(q -> q[0]).toList());
			line("");
			line("| Engine (120 real articles, " + labelled.size() + " BANKING77 queries) | top-1 | top-3 |");
			line("|---|---:|---:|");
			rates("BM25 (Lucene)", labelled, mapping, (q, i) -> ids(index.search(q, null, null, 3,
					SearchIndex.Fusion.LEXICAL_ONLY)));
			rates("Vectors only (HNSW)", labelled, mapping, (q, i) -> ids(index.search(q, vectors.get(i), null, 3,
					new SearchIndex.Fusion(0f, 1f, 60, 50, -1f))));
			rates("Hybrid (reciprocal rank fusion)", labelled, mapping, (q, i) -> ids(index.search(q, vectors.get(i),
					null, 3, SearchIndex.Fusion.DEFAULT)));
			rates("PostgreSQL tsvector + ts_rank", labelled, mapping, (q, i) -> postgresSearch(postgres, q, 3));
		}
	}

	interface Search {
		List<String> top(String query, int index) throws Exception;
	}

	private void rates(String engine, List<String[]> queries, Map<String, String> mapping, Search search)
			throws Exception {
		int top1 = 0, top3 = 0;
		for (int i = 0; i < queries.size(); i++) {
			var expected = mapping.get(queries.get(i)[1]);
			var found = search.top(queries.get(i)[0], i);
			top1 += !found.isEmpty() && found.getFirst().equals(expected) ? 1 : 0;
			top3 += found.contains(expected) ? 1 : 0;
		}
		line("| %s | %.3f | %.3f |".formatted(engine, top1 / (double) queries.size(), top3 / (double) queries.size()));
	}

	private static List<String> ids(List<SearchIndex.Hit> hits) {
		return hits.stream().map(SearchIndex.Hit::articleId).toList();
	}

	interface Timed {
		Object run(String query) throws Exception;
	}

	private void time(int size, String engine, List<String> queries, Timed search) throws Exception {
		var nanos = new long[MEASURED];
		for (int i = 0; i < queries.size(); i++) {
			var started = System.nanoTime();
			search.run(queries.get(i));
			if (i >= WARMUP) {
				nanos[i - WARMUP] = System.nanoTime() - started;
			}
		}
		var slowest = new java.util.ArrayList<Integer>();
		for (int i = 0; i < MEASURED; i++) {
			slowest.add(i);
		}
		slowest.sort((a, b) -> Long.compare(nanos[b], nanos[a]));
		for (var i : slowest.subList(0, 5)) {
			System.out.printf("slow %s %.2f ms: %s%n", engine, nanos[i] / 1e6, queries.get(WARMUP + i));
		}
		Arrays.sort(nanos);
		line("| %,d | %s | %.2f | %.2f | %.2f |".formatted(size, engine, nanos[MEASURED / 2] / 1e6,
				nanos[MEASURED * 99 / 100] / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6));
	}

	private SearchIndex index(List<Article> articles, Random jitter) throws IOException {
		var index = new SearchIndex(Files.createTempDirectory(directory, "index").toString());
		for (var article : articles) {
			var body = markdown.text(article.body());
			var vectors = ArticleVectors.texts(article, body).stream().map(text -> jittered(vector(text), jitter)).toList();
			index.put(article, body, vectors);
		}
		index.commit(Instant.now());
		return index;
	}

	private float[] vector(String text) {
		return vectorCache.computeIfAbsent(text, embeddings::embed);
	}

	private static float[] jittered(float[] vector, Random random) {
		if (random == null) {
			return vector;
		}
		var copy = vector.clone();
		double norm = 0;
		for (int i = 0; i < copy.length; i++) {
			copy[i] += (float) (random.nextGaussian() * 0.01);
			norm += copy[i] * copy[i];
		}
		for (int i = 0; i < copy.length; i++) {
			copy[i] /= (float) Math.sqrt(norm);
		}
		return copy;
	}

	private static List<Article> generate(List<Article> real, int size, Random random) {
		var paragraphs = real.stream().map(a -> List.of(a.body().split("\n\n"))).toList();
		var articles = new ArrayList<Article>(size);
		var now = Instant.now();
		for (int i = 0; i < size; i++) {
			var base = real.get(i % real.size());
			if (i < real.size()) {
				articles.add(base);
				continue;
			}
			var body = new ArrayList<String>();
			for (int j = 0; j < 3; j++) {
				body.addAll(paragraphs.get(random.nextInt(paragraphs.size())));
			}
			java.util.Collections.shuffle(body, random);
			var questions = new ArrayList<>(base.questions());
			java.util.Collections.shuffle(questions, random);
			articles.add(new Article("gen-" + i, base.slug() + "-" + i, "en", base.category(), base.title(),
					String.join("\n\n", body.subList(0, Math.min(body.size(), 12))), base.tags(),
					questions.subList(0, Math.min(3, questions.size())), List.of(), List.of(), ArticleStatus.PUBLISHED, 1,
					now, now, now));
		}
		return articles;
	}

	private static List<Article> realArticles() throws IOException {
		var files = new PathMatchingResourcePatternResolver().getResources("classpath:helpcenter/articles/*.md");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		var now = Instant.now();
		var articles = new ArrayList<Article>();
		for (var file : files) {
			if (!StartingContent.isOriginal(file.getFilename())) {
				// A Hindi version (<slug>.hi.md): the index holds the English articles only.
				continue;
			}
			var slug = file.getFilename().replaceFirst("\\.md$", "");
			var draft = StartingContent.parse(slug, file.getContentAsString(StandardCharsets.UTF_8));
			// The slug is the id here, so quality is scored on the ids the index returns.
			articles.add(new Article(slug, slug, "en", draft.category(), draft.title(), draft.body(), draft.tags(),
					draft.questions(), draft.screens(), draft.errorCodes(), ArticleStatus.PUBLISHED, 1, now, now, now));
		}
		return articles;
	}

	private static List<String[]> queries() throws IOException {
		return SearchQualityTests.rows(Files.readString(NeedsBanking77.TRAIN, StandardCharsets.UTF_8));
	}

	// ---- PostgreSQL full-text search over the same articles -----------------------------------------

	private static Connection postgres() throws SQLException {
		var connection = DriverManager.getConnection(
				env("SUPPORT_TEST_DB_URL", "jdbc:postgresql://localhost:5432/support_test"),
				env("SUPPORT_TEST_DB_USER", "support"), env("SUPPORT_TEST_DB_PASSWORD", "support"));
		try (var statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE IF NOT EXISTS bench_help_article (
					  id TEXT PRIMARY KEY, title TEXT NOT NULL, questions TEXT NOT NULL, body TEXT NOT NULL,
					  tsv TSVECTOR GENERATED ALWAYS AS (
					    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', questions), 'B')
					    || setweight(to_tsvector('english', body), 'C')) STORED)""");
			statement.execute("CREATE INDEX IF NOT EXISTS bench_help_article_tsv_idx ON bench_help_article USING GIN (tsv)");
		}
		return connection;
	}

	private void fillPostgres(Connection connection, List<Article> articles) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("TRUNCATE bench_help_article");
		}
		try (var insert = connection.prepareStatement(
				"INSERT INTO bench_help_article (id, title, questions, body) VALUES (?, ?, ?, ?)")) {
			for (var article : articles) {
				insert.setString(1, article.id());
				insert.setString(2, article.title());
				insert.setString(3, String.join(" \n ", article.questions()));
				insert.setString(4, markdown.text(article.body()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (var statement = connection.createStatement()) {
			statement.execute("ANALYZE bench_help_article");
		}
	}

	/**
	 * Any of the query's words (plainto_tsquery would demand all of them and find almost nothing for
	 * a customer's sentence), ranked by ts_rank with title > questions > body weights.
	 */
	private static List<String> postgresSearch(Connection connection, String query, int limit) throws SQLException {
		try (var select = connection.prepareStatement("""
				SELECT a.id FROM bench_help_article a,
				  (SELECT CAST(NULLIF(replace(plainto_tsquery('english', ?)::text, '&', '|'), '') AS tsquery) AS q) query
				WHERE a.tsv @@ query.q ORDER BY ts_rank(a.tsv, query.q) DESC LIMIT ?""")) {
			select.setString(1, query);
			select.setInt(2, limit);
			try (var rows = select.executeQuery()) {
				var ids = new ArrayList<String>();
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
				return ids;
			}
		}
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private void line(String text) {
		report.append(text).append('\n');
	}
}
