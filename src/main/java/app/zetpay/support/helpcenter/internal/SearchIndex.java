package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
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

	static final String SCHEMA = "2";
	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final Analyzer queryAnalyzer = SearchAnalyzers.query();
	/**
	 * Bodies are matched without the synonym expansion: multi-word synonyms become phrase queries,
	 * and phrase matching over long bodies made a short question like "why do you ask for top-up
	 * verification?" one of the slowest. Titles, questions and tags still get the synonyms.
	 */
	private final Analyzer bodyQueryAnalyzer = SearchAnalyzers.queryWithoutSynonyms();
	private final Analyzer rawAnalyzer = SearchAnalyzers.raw();
	private final boolean fresh;
	private final String schema;
	/**
	 * Whether every article's passages carry their vectors. An index is filled for words first and
	 * for meaning later (embedding is the slow part of a first start); the mark is committed with
	 * it, so an index left half-filled by a stop is filled again at the next start.
	 */
	private volatile boolean vectorsComplete;
	/**
	 * How far the last commit is in step with the database, kept here because the catch-up asks every
	 * second: this process is the index's only writer (Lucene's write lock), so it is what it committed.
	 */
	private volatile Instant syncedTo;

	private static final Query ARTICLES = new TermQuery(new Term("kind", "article"));

	/** Bodies keep offsets in the postings, so snippets need no re-analysis of the text (8 ms → well under 1). */
	private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

	static {
		BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		BODY.freeze();
	}

	/** A search hit: the article id, its score and a highlighted snippet (HTML-escaped, marks in {@code <mark>}). */
	record Hit(String articleId, float score, @Nullable String snippet) {
	}

	SearchIndex(@Nullable String path) {
		this(path, SCHEMA);
	}

	/** With another schema label, for proving that an index written by an older layout is rebuilt. */
	SearchIndex(@Nullable String path, String schema) {
		try {
			var onDisk = path != null && !path.isBlank();
			this.directory = onDisk ? FSDirectory.open(Files.createDirectories(Path.of(path))) : new ByteBuffersDirectory();
			// Read once: the writer below commits before anything here is needed again.
			var committedData = userData();
			var schemaMatches = schema.equals(committedData.get("schema"));
			var analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.index(), Map.of("raw", SearchAnalyzers.raw()));
			var config = new IndexWriterConfig(analyzer).setOpenMode(
					schemaMatches ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
			this.writer = new IndexWriter(directory, config);
			this.fresh = !schemaMatches;
			this.schema = schema;
			// Indexes written before the mark existed were always filled with their vectors.
			this.vectorsComplete = schemaMatches && !"partial".equals(committedData.get("vectors"));
			var committed = schemaMatches
					? Instant.parse(committedData.getOrDefault("syncedTo", Instant.EPOCH.toString()))
					: Instant.EPOCH;
			writer.setLiveCommitData(commitData(committed));
			writer.commit();
			this.syncedTo = committed;
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
		return syncedTo;
	}

	/**
	 * Adds or replaces an article with its passages' vectors. The article and its passages are one
	 * block under the article's id, replaced together, so a reader never sees one without the other.
	 */
	void put(Article article, String bodyText, List<float[]> vectors) throws IOException {
		if (!article.isPublished()) {
			writer.deleteDocuments(new Term("id", article.id()));
			return;
		}
		var block = new ArrayList<Document>(vectors.size() + 1);
		for (var vector : vectors) {
			var passage = new Document();
			passage.add(new StringField("id", article.id(), Field.Store.NO));
			passage.add(new SortedDocValuesField("id", new BytesRef(article.id())));
			passage.add(new StringField("kind", "passage", Field.Store.NO));
			passage.add(new StringField("category", article.category(), Field.Store.NO));
			passage.add(new KnnFloatVectorField("vector", vector, VectorSimilarityFunction.DOT_PRODUCT));
			block.add(passage);
		}
		var doc = new Document();
		doc.add(new StringField("id", article.id(), Field.Store.NO));
		doc.add(new SortedDocValuesField("id", new BytesRef(article.id())));
		doc.add(new StringField("kind", "article", Field.Store.NO));
		doc.add(new StringField("category", article.category(), Field.Store.NO));
		doc.add(new TextField("title", article.title(), Field.Store.YES));
		doc.add(new TextField("questions", String.join(" \n ", article.questions()), Field.Store.NO));
		doc.add(new TextField("tags", String.join(" ", article.tags()), Field.Store.NO));
		doc.add(new Field("body", bodyText, BODY));
		doc.add(new TextField("raw", article.title() + " " + String.join(" ", article.questions()) + " "
				+ String.join(" ", article.tags()), Field.Store.NO));
		for (var screen : article.screens()) {
			doc.add(new StringField("screen", screen, Field.Store.NO));
		}
		for (var code : article.errorCodes()) {
			doc.add(new StringField("error", code.toUpperCase(java.util.Locale.ROOT), Field.Store.NO));
		}
		block.add(doc);
		writer.updateDocuments(new Term("id", article.id()), block);
	}

	void remove(String articleId) throws IOException {
		writer.deleteDocuments(new Term("id", articleId));
	}

	/** Makes changes durable and visible, recording how far the index is in step with the database. */
	void commit(Instant syncedTo) throws IOException {
		writer.setLiveCommitData(commitData(syncedTo));
		writer.commit();
		this.syncedTo = syncedTo;
		searchers.maybeRefreshBlocking();
	}

	/** Whether every article was put with its passages' vectors (see {@link #markVectors}). */
	boolean vectorsComplete() {
		return vectorsComplete;
	}

	/** Records, with the next commit, whether every article now carries its vectors. */
	void markVectors(boolean complete) {
		vectorsComplete = complete;
	}

	private Iterable<Map.Entry<String, String>> commitData(Instant syncedTo) {
		return Map.of("schema", schema, "syncedTo", syncedTo.toString(), "vectors",
				vectorsComplete ? "complete" : "partial").entrySet();
	}

	void clear() throws IOException {
		writer.deleteAll();
	}

	/** How many articles a search can find now. */
	long articleCount() {
		try {
			var searcher = searchers.acquire();
			try {
				return searcher.count(ARTICLES);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	java.util.Set<String> ids() throws IOException {
		var searcher = searchers.acquire();
		try {
			var ids = new HashSet<String>();
			var top = searcher.search(ARTICLES, Math.max(1, searcher.getIndexReader().numDocs()));
			for (var hit : top.scoreDocs) {
				ids.add(idOf(searcher.getIndexReader(), hit.doc));
			}
			return ids;
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** How much each ranking counts in the fusion, and how many candidates each contributes. */
	record Fusion(float lexicalWeight, float vectorWeight, int rankConstant, int candidates, float minSimilarity) {

		static final Fusion DEFAULT = new Fusion(0.5f, 1f, 10, 50, 0.45f);

		static final Fusion LEXICAL_ONLY = new Fusion(1f, 0f, 60, 50, 1f);
	}

	/**
	 * Hybrid search: BM25 over the words and nearest neighbours (HNSW) over the passages' vectors,
	 * fused by reciprocal rank. An article found only by meaning must be close enough
	 * ({@link Fusion#minSimilarity()}), so a query about nothing in the help centre finds nothing.
	 */
	List<Hit> search(String text, float @Nullable [] vector, @Nullable String category, int limit, Fusion fusion)
			throws IOException {
		var searcher = searchers.acquire();
		try {
			var lexical = textQuery(text, searcher.getIndexReader());
			if (lexical == null && vector == null) {
				return List.of();
			}
			var scores = new java.util.LinkedHashMap<String, Float>();
			var docs = new HashMap<String, Integer>();
			if (lexical != null && fusion.lexicalWeight() > 0) {
				var top = searcher.search(filtered(lexical, category), fusion.candidates());
				for (int rank = 0; rank < top.scoreDocs.length; rank++) {
					var id = idOf(searcher.getIndexReader(), top.scoreDocs[rank].doc);
					docs.put(id, top.scoreDocs[rank].doc);
					scores.merge(id, fusion.lexicalWeight() / (fusion.rankConstant() + rank + 1), Float::sum);
				}
			}
			if (vector != null && fusion.vectorWeight() > 0) {
				var filter = category == null ? null : new TermQuery(new Term("category", category));
				var top = searcher.search(new KnnFloatVectorQuery("vector", vector, fusion.candidates() * 2, filter),
						fusion.candidates() * 2);
				var rank = 0;
				var seen = new HashSet<String>();
				for (var hit : top.scoreDocs) {
					var id = idOf(searcher.getIndexReader(), hit.doc);
					// Lucene scores a dot product d as (1 + d) / 2.
					var similarity = 2 * hit.score - 1;
					if (!seen.add(id) || (!scores.containsKey(id) && similarity < fusion.minSimilarity())) {
						continue;
					}
					scores.merge(id, fusion.vectorWeight() / (fusion.rankConstant() + rank + 1), Float::sum);
					rank++;
				}
			}
			var ranked = scores.entrySet().stream().sorted(Map.Entry.<String, Float>comparingByValue().reversed())
					.limit(limit).toList();
			var scoreDocs = new ScoreDoc[ranked.size()];
			for (int i = 0; i < ranked.size(); i++) {
				var id = ranked.get(i).getKey();
				var doc = docs.containsKey(id) ? docs.get(id) : articleDoc(searcher, id);
				scoreDocs[i] = new ScoreDoc(doc, ranked.get(i).getValue());
			}
			var snippets = snippets(searcher, bodyQuery(text), scoreDocs);
			var hits = new ArrayList<Hit>(scoreDocs.length);
			for (int i = 0; i < scoreDocs.length; i++) {
				hits.add(new Hit(ranked.get(i).getKey(), scoreDocs[i].score, snippets[i]));
			}
			return hits;
		}
		finally {
			searchers.release(searcher);
		}
	}

	/**
	 * The article id of a document (an article or one of its passages), from doc values: reading
	 * stored fields would decompress whole bodies just to learn an id.
	 */
	private static String idOf(IndexReader reader, int doc) throws IOException {
		var leaves = reader.leaves();
		var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		var ids = leaf.reader().getSortedDocValues("id");
		if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("Document " + doc + " of the help-centre index has no id");
		}
		return ids.lookupOrd(ids.ordValue()).utf8ToString();
	}

	private static int articleDoc(IndexSearcher searcher, String id) throws IOException {
		var top = searcher.search(new BooleanQuery.Builder().add(new TermQuery(new Term("id", id)), Occur.FILTER)
				.add(ARTICLES, Occur.FILTER).build(), 1);
		return top.scoreDocs[0].doc;
	}

	/** The best passage of each body with the query's words marked; the lead when no word matched. */
	private static String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
		if (docs.length == 0) {
			return new String[0];
		}
		var highlighter = UnifiedHighlighter.builder(searcher, SearchAnalyzers.index())
				.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true)).withMaxLength(20_000)
				.build();
		return highlighter.highlight("body", query, new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO),
				docs), 1);
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
		return run(query.build(), limit);
	}

	private List<Hit> run(Query query, int limit) throws IOException {
		var searcher = searchers.acquire();
		try {
			var top = searcher.search(query, limit);
			var hits = new ArrayList<Hit>(top.scoreDocs.length);
			for (var hit : top.scoreDocs) {
				hits.add(new Hit(idOf(searcher.getIndexReader(), hit.doc), hit.score, null));
			}
			return hits;
		}
		finally {
			searchers.release(searcher);
		}
	}

	/** What the snippets mark: the query's words as they match the body (fuzzy matches are not marked). */
	private Query bodyQuery(String text) {
		var query = new QueryBuilder(bodyQueryAnalyzer).createBooleanQuery("body", text, Occur.SHOULD);
		return query == null ? new MatchNoDocsQuery() : query;
	}

	private @Nullable Query textQuery(String text, IndexReader reader) throws IOException {
		var builder = new QueryBuilder(queryAnalyzer);
		var bodyBuilder = new QueryBuilder(bodyQueryAnalyzer);
		var query = new BooleanQuery.Builder();
		var any = false;
		for (var field : new String[] { "title", "questions", "tags", "body" }) {
			var perField = field.equals("body") ? bodyBuilder.createBooleanQuery(field, text, Occur.SHOULD)
					: builder.createBooleanQuery(field, text, Occur.SHOULD);
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
				// Only words the articles never use can be typos; expanding every word cost milliseconds.
				// Chatty words ("please", "really") are left out here as in the other fields.
				if (word.length() >= 4 && !SearchAnalyzers.QUERY_STOP_WORDS.contains(word)
						&& reader.docFreq(new Term("raw", word)) == 0) {
					// One edit, first letter right: a two-edit automaton cost more than the whole rest of a search.
					query.add(new BoostQuery(new FuzzyQuery(new Term("raw", word), 1, 1), 0.3f),
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
			// The commit's own file only: a reader would map the segments' files as well.
			return SegmentInfos.readLatestCommit(directory).getUserData();
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
