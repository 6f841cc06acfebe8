package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's Lucene index of published articles (BM25). Titles and example questions weigh more
 * than bodies; the query side expands payment synonyms; a fuzzy clause over unstemmed words forgives
 * typos. On disk when a directory is configured: reused at start if its schema matches, otherwise
 * rebuilt from the database.
 */
final class SearchIndex implements AutoCloseable {

	static final String SCHEMA = "1";
	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final Analyzer queryAnalyzer = SearchAnalyzers.query();
	private final Analyzer rawAnalyzer = SearchAnalyzers.raw();
	private final boolean fresh;

	/** A search hit: the article id, its score and a highlighted snippet (HTML-escaped, marks in {@code <mark>}). */
	record Hit(String articleId, float score, @Nullable String snippet) {
	}

	SearchIndex(@Nullable String path) {
		try {
			var onDisk = path != null && !path.isBlank();
			this.directory = onDisk ? FSDirectory.open(Files.createDirectories(Path.of(path))) : new ByteBuffersDirectory();
			var existing = DirectoryReader.indexExists(directory);
			var schemaMatches = existing && SCHEMA.equals(userData().get("schema"));
			var analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.index(), Map.of("raw", SearchAnalyzers.raw()));
			var config = new IndexWriterConfig(analyzer).setOpenMode(
					schemaMatches ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
			this.writer = new IndexWriter(directory, config);
			this.fresh = !schemaMatches;
			writer.setLiveCommitData(Map.of("schema", SCHEMA, "syncedTo",
					schemaMatches ? userData().getOrDefault("syncedTo", Instant.EPOCH.toString()) : Instant.EPOCH.toString())
					.entrySet());
			writer.commit();
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the help-centre index", e);
		}
	}

	/** True when the index was created empty (new, or its schema changed) and must be filled. */
	boolean isFresh() {
		return fresh;
	}

	Instant syncedTo() {
		var value = userData().get("syncedTo");
		return value == null ? Instant.EPOCH : Instant.parse(value);
	}

	void put(Article article, String bodyText) throws IOException {
		if (!article.isPublished()) {
			writer.deleteDocuments(new Term("id", article.id()));
			return;
		}
		var doc = new Document();
		doc.add(new StringField("id", article.id(), Field.Store.YES));
		doc.add(new StringField("category", article.category(), Field.Store.NO));
		doc.add(new TextField("title", article.title(), Field.Store.YES));
		doc.add(new TextField("questions", String.join(" \n ", article.questions()), Field.Store.NO));
		doc.add(new TextField("tags", String.join(" ", article.tags()), Field.Store.NO));
		doc.add(new TextField("body", bodyText, Field.Store.YES));
		doc.add(new TextField("raw", article.title() + " " + String.join(" ", article.questions()) + " "
				+ String.join(" ", article.tags()), Field.Store.NO));
		for (var screen : article.screens()) {
			doc.add(new StringField("screen", screen, Field.Store.NO));
		}
		for (var code : article.errorCodes()) {
			doc.add(new StringField("error", code.toUpperCase(java.util.Locale.ROOT), Field.Store.NO));
		}
		writer.updateDocument(new Term("id", article.id()), doc);
	}

	void remove(String articleId) throws IOException {
		writer.deleteDocuments(new Term("id", articleId));
	}

	/** Makes changes durable and visible, recording how far the index is in step with the database. */
	void commit(Instant syncedTo) throws IOException {
		writer.setLiveCommitData(Map.of("schema", SCHEMA, "syncedTo", syncedTo.toString()).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	void clear() throws IOException {
		writer.deleteAll();
	}

	java.util.Set<String> ids() throws IOException {
		var searcher = searchers.acquire();
		try {
			var ids = new HashSet<String>();
			var top = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
			var stored = searcher.storedFields();
			for (var hit : top.scoreDocs) {
				ids.add(stored.document(hit.doc).get("id"));
			}
			return ids;
		}
		finally {
			searchers.release(searcher);
		}
	}

	List<Hit> search(String text, @Nullable String category, int limit) throws IOException {
		var query = textQuery(text);
		if (query == null) {
			return List.of();
		}
		return run(filtered(query, category), limit, true);
	}

	/** Articles for a screen and/or error code; the error code counts most. */
	List<Hit> contextual(@Nullable String screen, @Nullable String errorCode, int limit) throws IOException {
		var query = new BooleanQuery.Builder();
		if (screen != null) {
			query.add(new TermQuery(new Term("screen", screen)), Occur.SHOULD);
		}
		if (errorCode != null) {
			query.add(new BoostQuery(new TermQuery(new Term("error", errorCode.toUpperCase(java.util.Locale.ROOT))), 3f),
					Occur.SHOULD);
		}
		return run(query.build(), limit, false);
	}

	private List<Hit> run(Query query, int limit, boolean highlight) throws IOException {
		var searcher = searchers.acquire();
		try {
			var top = searcher.search(query, limit);
			String[] snippets = null;
			if (highlight && top.scoreDocs.length > 0) {
				var highlighter = UnifiedHighlighter.builder(searcher, SearchAnalyzers.index())
						.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
						.withMaxLength(20_000).build();
				snippets = highlighter.highlight("body", query, top, 1);
			}
			var stored = searcher.storedFields();
			var hits = new ArrayList<Hit>(top.scoreDocs.length);
			for (int i = 0; i < top.scoreDocs.length; i++) {
				var doc = stored.document(top.scoreDocs[i].doc);
				hits.add(new Hit(doc.get("id"), top.scoreDocs[i].score, snippets == null ? null : snippets[i]));
			}
			return hits;
		}
		finally {
			searchers.release(searcher);
		}
	}

	private @Nullable Query textQuery(String text) throws IOException {
		var builder = new QueryBuilder(queryAnalyzer);
		var query = new BooleanQuery.Builder();
		var any = false;
		for (var field : new String[] { "title", "questions", "tags", "body" }) {
			var perField = builder.createBooleanQuery(field, text, Occur.SHOULD);
			if (perField != null) {
				var boost = switch (field) {
					case "title" -> 3f;
					case "questions", "tags" -> 2f;
					default -> 1f;
				};
				query.add(new BoostQuery(perField, boost), Occur.SHOULD);
				any = true;
			}
		}
		// Typo tolerance: each longer word may be one or two edits away from a word in the title,
		// questions or tags.
		try (var stream = rawAnalyzer.tokenStream("raw", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				var word = term.toString();
				if (word.length() >= 4) {
					query.add(new BoostQuery(new FuzzyQuery(new Term("raw", word), word.length() >= 8 ? 2 : 1), 0.3f),
							Occur.SHOULD);
					any = true;
				}
			}
			stream.end();
		}
		return any ? query.build() : null;
	}

	private static Query filtered(Query query, @Nullable String category) {
		if (category == null) {
			return query;
		}
		return new BooleanQuery.Builder().add(query, Occur.MUST)
				.add(new TermQuery(new Term("category", category)), Occur.FILTER).build();
	}

	private Map<String, String> userData() {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return Map.of();
			}
			try (var reader = DirectoryReader.open(directory)) {
				return reader.getIndexCommit().getUserData();
			}
		}
		catch (IOException e) {
			log.warn("Cannot read the help-centre index's commit data; it will be rebuilt", e);
			return Map.of();
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
