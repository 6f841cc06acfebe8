package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

import app.zetpay.support.language.LanguageDetector;
import app.zetpay.support.shared.NativeLoads;

/**
 * Keeps this node's index in step with the database: filled at start or on request (with progress
 * anyone can watch), then every second it indexes articles changed since the last sync, on whichever
 * node they were changed, and drops those that were deleted.
 */
@Component
@org.springframework.core.annotation.Order(10)
class IndexKeeper implements app.zetpay.support.shared.WarmUp {

	private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);

	private final Articles articles;
	private final ArticleVectors vectors;
	private final MarkdownRenderer markdown;
	private final Clock clock;
	private final app.zetpay.support.embeddings.SentenceEmbeddings embeddings;
	private final SearchIndex index;
	private final LanguageDetector languages;
	private final java.util.concurrent.CopyOnWriteArrayList<Consumer<IndexProgress>> watchers =
			new java.util.concurrent.CopyOnWriteArrayList<>();
	private final java.util.concurrent.atomic.AtomicBoolean rebuildRequested =
			new java.util.concurrent.atomic.AtomicBoolean();
	/**
	 * The version (by update time) of each article an edit on this node has indexed already, so the
	 * next catch-up, which reads it back as changed, does not index it a second time.
	 */
	private final Map<String, Instant> appliedHere = new ConcurrentHashMap<>();
	private final MeterRegistry meters;
	private volatile IndexProgress progress;
	private volatile boolean opened;
	/** Set when the service stops: background embedding ends at its next batch, the index half-filled. */
	private volatile boolean closing;
	/** Open while passages are being embedded, so a stop waits for the batch in hand. */
	private volatile CountDownLatch embedding = new CountDownLatch(0);
	/** Queries' vectors: search-as-you-type sends the same few texts again and again (retyping, back-spacing, popular questions). */
	private final QueryVectors queryVectors = new QueryVectors(2_000);
	/** What {@link #fillForWords()} left for {@link #warmUp()} to embed. */
	private volatile @org.jspecify.annotations.Nullable Lacking pending;

	/** The passages a fill found without stored vectors, and when that fill started. */
	private record Lacking(Instant since, List<ArticleVectors.Passages> passages) {

		int texts() {
			return passages.stream().mapToInt(p -> p.texts().size()).sum();
		}
	}

	IndexKeeper(Articles articles, ArticleVectors vectors, MarkdownRenderer markdown, Clock clock,
			app.zetpay.support.embeddings.SentenceEmbeddings embeddings, HelpCentreProperties properties,
			MeterRegistry meters, LanguageDetector languages) {
		this.meters = meters;
		this.languages = languages;
		this.embeddings = embeddings;
		this.articles = articles;
		this.vectors = vectors;
		this.markdown = markdown;
		this.clock = clock;
		this.index = new SearchIndex(properties.indexDirectory());
		this.progress = IndexProgress.idle();
	}

	SearchIndex index() {
		return index;
	}

	/** The query vectors this node's searches keep, so a test can tell a repeated search embeds nothing. */
	QueryVectors queryVectors() {
		return queryVectors;
	}

	/**
	 * Search of this node's index for a customer's words: hybrid (the query is embedded here) once
	 * every article carries its vectors and the model is in memory, by words alone until then.
	 */
	List<SearchIndex.Hit> search(String text, @org.jspecify.annotations.Nullable String category, int limit) {
		return search(text, category, limit, new SearchTimings());
	}

	List<SearchIndex.Hit> search(String text, @org.jspecify.annotations.Nullable String category, int limit,
			SearchTimings timings) {
		var query = inEnglish(text);
		var vector = index.vectorsComplete() && embeddings.isLoaded()
				? timings.time("embed", () -> queryVectors.of(query, embeddings::embed)) : null;
		return timings.time("index", () -> {
			try {
				return index.search(query, vector, category, limit,
						vector != null ? SearchIndex.Fusion.DEFAULT : SearchIndex.Fusion.LEXICAL_ONLY);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * What a search looks for: the articles are in English, so Hindi in either script is searched by
	 * its English gloss ("paise kat gaye" as "money debited"), for both the words and the meaning
	 * (the sentence model knows English only). English is searched as typed.
	 */
	String inEnglish(String text) {
		return languages.inEnglish(text);
	}

	IndexProgress progress() {
		return progress;
	}

	@Override
	public String name() {
		return "helpIndex";
	}

	@Override
	public Status status() {
		var now = progress;
		return switch (now.state()) {
			case FAILED -> Status.failed("the index could not be filled: " + now.error() + "; search answers by words");
			case REBUILDING -> "embedding".equals(now.phase())
					? Status.warmingUp("embedding passages " + now.done() + "/" + now.total()
							+ "; search answers by words until they are done", now.percent())
					: Status.warmingUp("indexing articles " + now.done() + "/" + now.total(), now.percent());
			case IDLE, READY -> index.vectorsComplete() ? Status.ready("search by words and meaning")
					: Status.warmingUp("not filled yet; search answers by words", null);
		};
	}

	/** Hears every progress change of a rebuild, until {@link #unwatch} (e.g. a browser's event stream). */
	void watch(Consumer<IndexProgress> watcher) {
		watchers.add(watcher);
	}

	void unwatch(Consumer<IndexProgress> watcher) {
		watchers.remove(watcher);
	}

	/** Starts a rebuild in the background; false when one is already running on this node. */
	boolean startRebuild() {
		if (!rebuildRequested.compareAndSet(false, true)) {
			return false;
		}
		var started = clock.instant();
		progress = IndexProgress.rebuilding("starting", 0, 0, started);
		inBackground("help-index-rebuild", () -> rebuild(started));
		return true;
	}

	/**
	 * Fills the index at start: every article for its words now (well under a second for the
	 * starting 120); the passages still without vectors are embedded by {@link #warmUp()} once the
	 * service is up, since embedding them takes seconds. Search answers by words alone until then.
	 */
	void fillForWords() {
		if (!rebuildRequested.compareAndSet(false, true)) {
			return;
		}
		var started = clock.instant();
		try {
			var lacking = indexWithStoredVectors(started);
			if (lacking.isEmpty()) {
				rebuildRequested.set(false);
				return;
			}
			pending = new Lacking(started, lacking);
		}
		catch (RuntimeException e) {
			rebuildRequested.set(false);
			throw e;
		}
	}

	/** Embeds the passages {@link #fillForWords()} left without vectors, then indexes them. */
	@Override
	public void warmUp() {
		var lacking = pending;
		if (lacking == null) {
			return;
		}
		pending = null;
		guarded("embedding", () -> embedMissing(lacking));
	}

	private void inBackground(String name, Runnable work) {
		Thread.ofVirtual().name(name).start(() -> guarded("rebuild", work));
	}

	/** Runs background index work: a stop ends it quietly, a failure leaves search answering by words. */
	private void guarded(String what, Runnable work) {
		embedding = new CountDownLatch(1);
		try {
			work.run();
		}
		catch (Stopping | NativeLoads.ShuttingDown e) {
			// ShuttingDown: a SIGTERM came before the embedding model was loaded (ExitOnTerm).
			log.info("Help-centre index: {} stopped by the shutdown; the next start finishes it", what);
		}
		catch (RuntimeException e) {
			log.error("Help-centre index: {} failed; search answers by words alone", what, e);
		}
		finally {
			rebuildRequested.set(false);
			embedding.countDown();
		}
	}

	/** Ends background embedding at a batch boundary when the service stops. */
	private static final class Stopping extends RuntimeException {

		Stopping() {
			super("the service is stopping", null, false, false);
		}
	}

	/**
	 * Rebuilds the whole index from the database, here: every article for its words, then the
	 * passages still without vectors are embedded (the long part on a first start) and the articles
	 * indexed again with them. Searches use the previous index until the first commit.
	 */
	int rebuild() {
		return rebuild(clock.instant());
	}

	private int rebuild(Instant started) {
		var lacking = indexWithStoredVectors(started);
		if (!lacking.isEmpty()) {
			embedMissing(new Lacking(started, lacking));
		}
		return (int) index.articleCount();
	}

	/**
	 * Indexes every article with the vectors stored for it, those without getting none for now.
	 * @return the passages of the articles still without stored vectors
	 */
	private synchronized List<ArticleVectors.Passages> indexWithStoredVectors(Instant started) {
		try {
			var all = articles.all(null, null);
			// Rendered once: for the passages' hash and for the index.
			var bodies = all.stream().map(article -> markdown.text(article.body())).toList();
			var passages = new java.util.ArrayList<ArticleVectors.Passages>(all.size());
			for (int i = 0; i < all.size(); i++) {
				passages.add(vectors.passages(all.get(i), bodies.get(i)));
			}
			var byId = vectors.stored(passages);
			var lacking = passages.stream().filter(p -> !byId.containsKey(p.article().id())).toList();
			var missing = lacking.stream().mapToInt(p -> p.texts().size()).sum();
			index.clear();
			// Everything an edit indexed before is in this rebuild too.
			appliedHere.clear();
			var latest = Instant.EPOCH;
			for (int i = 0; i < all.size(); i++) {
				var article = all.get(i);
				index.put(article, bodies.get(i), byId.getOrDefault(article.id(), List.of()));
				latest = article.updatedAt().isAfter(latest) ? article.updatedAt() : latest;
				if ((i + 1) % 100 == 0 || i + 1 == all.size()) {
					report(IndexProgress.rebuilding("indexing", i + 1, all.size(), started));
				}
			}
			index.markVectors(missing == 0);
			index.commit(latest);
			indexed("rebuild", all.size());
			if (missing == 0) {
				var took = Duration.between(started, clock.instant());
				log.info("Help-centre index ready: {} articles in {} ms", all.size(), took.toMillis());
				report(IndexProgress.ready(all.size(), started, clock.instant()));
			}
			else {
				log.info("Help-centre index searchable by words: {} articles; {} passages to embed in the background",
						all.size(), missing);
				report(IndexProgress.rebuilding("embedding", 0, missing, started));
			}
			return lacking;
		}
		catch (IOException | RuntimeException e) {
			report(IndexProgress.failed(e.getMessage(), started, clock.instant()));
			throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
		}
	}

	/**
	 * Embeds and stores the passages without vectors, without holding the index (edits and other
	 * nodes' changes go on meanwhile), then indexes every article again with its vectors. An edit
	 * that lands meanwhile may leave passages without vectors: another round takes them.
	 */
	private void embedMissing(Lacking lacking) {
		var started = lacking.since();
		for (int round = 0; round < 3 && !lacking.passages().isEmpty(); round++) {
			var toEmbed = lacking.texts();
			try {
				var embedded = new int[1];
				vectors.of(lacking.passages(), count -> {
					if (closing) {
						throw new Stopping();
					}
					embedded[0] += count;
					report(IndexProgress.rebuilding("embedding", embedded[0], toEmbed, started));
					log.info("Help-centre index: embedded {}/{} passages", embedded[0], toEmbed);
				});
			}
			catch (Stopping e) {
				throw e;
			}
			catch (RuntimeException e) {
				report(IndexProgress.failed(e.getMessage(), started, clock.instant()));
				throw e;
			}
			if (closing) {
				throw new Stopping();
			}
			lacking = new Lacking(started, indexWithStoredVectors(started));
		}
		if (lacking.passages().isEmpty()) {
			return;
		}
		log.warn("Help-centre index: articles kept changing while their passages were embedded; the next catch-up takes them");
	}

	/**
	 * Every second, once the start has filled or caught up the index: before that, the articles a
	 * first start loads would look like changes and be embedded here, holding the index while the
	 * start waits to fill it.
	 */
	@Scheduled(fixedDelayString = "${support.helpcenter.sync:1s}")
	void keepInStep() {
		if (opened) {
			catchUp();
		}
	}

	/** Marks the index filled or caught up by the start, so the periodic catch-up may run. */
	void opened() {
		opened = true;
	}

	synchronized void catchUp() {
		try {
			var syncedTo = index.syncedTo();
			var changed = articles.changedSince(syncedTo);
			if (changed.isEmpty()) {
				return;
			}
			var latest = syncedTo;
			for (var article : changed) {
				latest = article.updatedAt().isAfter(latest) ? article.updatedAt() : latest;
			}
			var toIndex = changed.stream().filter(article -> !appliedAlready(article)).toList();
			var byId = vectors.of(toIndex.stream().filter(Article::isPublished).map(vectors::passages).toList(),
					count -> {
					});
			for (var article : toIndex) {
				index.put(article, markdown.text(article.body()), byId.getOrDefault(article.id(), List.of()));
			}
			// Committed even when all was indexed already, so the sync point moves past those edits.
			index.commit(latest);
			indexed("sync", toIndex.size());
		}
		catch (IOException | RuntimeException e) {
			log.warn("Help-centre index could not catch up; retrying", e);
		}
	}

	/** Deleted articles leave no changed row behind, so compare ids now and then. */
	@Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
	synchronized void dropDeleted() {
		if (!opened) {
			return;
		}
		try {
			var existing = new HashSet<>(articles.ids());
			var removed = false;
			for (var id : index.ids()) {
				if (!existing.contains(id)) {
					index.remove(id);
					removed = true;
				}
			}
			if (removed) {
				index.commit(index.syncedTo());
			}
		}
		catch (IOException e) {
			log.warn("Help-centre index could not drop deleted articles", e);
		}
	}

	synchronized void apply(Article article) {
		try {
			var own = article.isPublished() ? vectors.of(List.of(vectors.passages(article)), count -> {
			}).getOrDefault(article.id(), List.of()) : List.<float[]>of();
			index.put(article, markdown.text(article.body()), own);
			index.commit(index.syncedTo());
			appliedHere.put(article.id(), article.updatedAt());
			indexed("edit", 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	synchronized void remove(String articleId) {
		try {
			index.remove(articleId);
			index.commit(index.syncedTo());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether an edit here indexed this very version; either way the article is forgotten. */
	private boolean appliedAlready(Article article) {
		var applied = appliedHere.remove(article.id());
		// The database keeps microseconds (rounded), the clock may give nanoseconds.
		return applied != null && Duration.between(applied, article.updatedAt()).abs().toNanos() < 1_000;
	}

	/** Articles written to the index, by cause (edit here, sync with other nodes, rebuild). */
	private void indexed(String cause, int count) {
		meters.counter("support.help.indexed", "cause", cause).increment(count);
	}

	private void report(IndexProgress next) {
		progress = next;
		for (var watcher : watchers) {
			watcher.accept(next);
		}
	}

	@PreDestroy
	void close() throws IOException {
		closing = true;
		try {
			// One batch of embeddings at most: well under the shutdown budget.
			embedding.await(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		index.close();
	}
}
