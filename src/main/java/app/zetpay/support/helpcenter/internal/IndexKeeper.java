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
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Keeps this node's index in step with the database: filled at start or on request (with progress
 * anyone can watch), then every second it indexes articles changed since the last sync, on whichever
 * node they were changed, and drops those that were deleted.
 */
@Component
class IndexKeeper {

	private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);

	private final Articles articles;
	private final ArticleVectors vectors;
	private final MarkdownRenderer markdown;
	private final Clock clock;
	private final app.zetpay.support.shared.SentenceEmbeddings embeddings;
	private final SearchIndex index;
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

	IndexKeeper(Articles articles, ArticleVectors vectors, MarkdownRenderer markdown, Clock clock,
			app.zetpay.support.shared.SentenceEmbeddings embeddings, HelpCentreProperties properties,
			MeterRegistry meters) {
		this.meters = meters;
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

	/** Hybrid search of this node's index for a customer's words (the query is embedded here). */
	List<SearchIndex.Hit> search(String text, @org.jspecify.annotations.Nullable String category, int limit) {
		try {
			return index.search(text, embeddings.embed(text), category, limit, SearchIndex.Fusion.DEFAULT);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	IndexProgress progress() {
		return progress;
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
		Thread.ofVirtual().name("help-index-rebuild").start(() -> {
			try {
				rebuild(started);
			}
			catch (RuntimeException e) {
				log.error("Help-centre index rebuild failed", e);
			}
			finally {
				rebuildRequested.set(false);
			}
		});
		return true;
	}

	/**
	 * Rebuilds the whole index from the database: first the passages still without vectors are
	 * embedded (the long part on a first start), then every article is indexed. Searches keep using
	 * the previous index until the new one is committed.
	 */
	int rebuild() {
		return rebuild(clock.instant());
	}

	/** As {@link #rebuild()}, reporting the time the rebuild was asked for as its start. */
	private synchronized int rebuild(Instant started) {
		try {
			var all = articles.all(null, null);
			var passages = all.stream().map(vectors::passages).toList();
			var toEmbed = vectors.missing(passages);
			log.info("Rebuilding the help-centre index: {} articles, {} passages to embed", all.size(), toEmbed);
			report(IndexProgress.rebuilding("embedding", 0, toEmbed, started));
			var embedded = new int[1];
			var byId = vectors.of(passages, count -> {
				embedded[0] += count;
				report(IndexProgress.rebuilding("embedding", embedded[0], toEmbed, started));
				log.info("Help-centre index: embedded {}/{} passages", embedded[0], toEmbed);
			});
			index.clear();
			// Everything an edit indexed before is in this rebuild too.
			appliedHere.clear();
			var latest = Instant.EPOCH;
			for (int i = 0; i < all.size(); i++) {
				var article = all.get(i);
				index.put(article, markdown.text(article.body()), byId.getOrDefault(article.id(), List.of()));
				latest = article.updatedAt().isAfter(latest) ? article.updatedAt() : latest;
				if ((i + 1) % 100 == 0 || i + 1 == all.size()) {
					report(IndexProgress.rebuilding("indexing", i + 1, all.size(), started));
				}
			}
			index.commit(latest);
			indexed("rebuild", all.size());
			var took = java.time.Duration.between(started, clock.instant());
			log.info("Help-centre index ready: {} articles in {} ms", all.size(), took.toMillis());
			report(IndexProgress.ready(all.size(), started, clock.instant()));
			return all.size();
		}
		catch (IOException | RuntimeException e) {
			report(IndexProgress.failed(e.getMessage(), started, clock.instant()));
			throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
		}
	}

	@Scheduled(fixedDelayString = "${support.helpcenter.sync:1s}")
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
		index.close();
	}
}
