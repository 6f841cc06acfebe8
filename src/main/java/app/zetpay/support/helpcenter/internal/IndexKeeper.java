package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index in step with the database: filled at start (with progress in the log),
 * then every second it indexes articles changed since the last sync, on whichever node they were
 * changed, and drops those that were deleted.
 */
@Component
class IndexKeeper {

	private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);

	private final Articles articles;
	private final MarkdownRenderer markdown;
	private final SearchIndex index;

	IndexKeeper(Articles articles, MarkdownRenderer markdown, HelpCentreProperties properties) {
		this.articles = articles;
		this.markdown = markdown;
		this.index = new SearchIndex(properties.indexDirectory());
	}

	SearchIndex index() {
		return index;
	}

	/** Rebuilds the whole index from the database. */
	synchronized int rebuild() {
		try {
			var all = articles.all(null, null);
			log.info("Rebuilding the help-centre index from {} articles", all.size());
			index.clear();
			var started = Instant.now();
			var latest = Instant.EPOCH;
			for (int i = 0; i < all.size(); i++) {
				var article = all.get(i);
				index.put(article, markdown.text(article.body()));
				latest = article.updatedAt().isAfter(latest) ? article.updatedAt() : latest;
				if ((i + 1) % 500 == 0) {
					log.info("Help-centre index: {}/{} articles", i + 1, all.size());
				}
			}
			index.commit(latest);
			log.info("Help-centre index ready: {} articles in {} ms", all.size(),
					java.time.Duration.between(started, Instant.now()).toMillis());
			return all.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Scheduled(fixedDelayString = "${support.helpcenter.sync:1s}")
	synchronized void catchUp() {
		try {
			var changed = articles.changedSince(index.syncedTo());
			if (changed.isEmpty()) {
				return;
			}
			var latest = index.syncedTo();
			for (var article : changed) {
				index.put(article, markdown.text(article.body()));
				latest = article.updatedAt().isAfter(latest) ? article.updatedAt() : latest;
			}
			index.commit(latest);
		}
		catch (IOException e) {
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
			index.put(article, markdown.text(article.body()));
			index.commit(index.syncedTo());
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

	@PreDestroy
	void close() throws IOException {
		index.close();
	}
}
