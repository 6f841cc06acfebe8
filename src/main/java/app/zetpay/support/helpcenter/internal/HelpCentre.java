package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Sql;

/** Reading the help centre: search, browse, contextual help, feedback and analytics. */
@Service
public class HelpCentre {

	private final Articles articles;
	private final IndexKeeper index;
	private final MarkdownRenderer markdown;
	private final JdbcClient jdbc;
	private final Clock clock;

	HelpCentre(Articles articles, IndexKeeper index, MarkdownRenderer markdown, JdbcClient jdbc, Clock clock) {
		this.articles = articles;
		this.index = index;
		this.markdown = markdown;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A result row: enough to list, plus a highlighted snippet when it came from a search. */
	public record Result(String id, String slug, String title, String category, @Nullable String snippet, float score) {
	}

	/** A published article, rendered. */
	public record Page(String id, String slug, String title, String category, String html, List<String> tags,
			List<String> screens, int version, java.time.Instant updatedAt) {
	}

	/** Published articles matching the query (the category's, all without one), timing its phases into {@code timings}. */
	public List<Result> search(@Nullable String query, @Nullable String category, int limit, SearchTimings timings) {
		if (query == null || query.isBlank()) {
			return browse(category);
		}
		if (query.length() > 200) {
			throw new InvalidFieldException("query", "must be at most 200 characters");
		}
		var hits = index.search(query.strip(), category, limit, timings);
		var results = timings.time("resolve", () -> resolve(hits));
		timings.time("log", () -> jdbc.sql("INSERT INTO help_search (query, results, searched_at) VALUES (:q, :n, :at)")
				.param("q", SearchTerms.normalise(query)).param("n", results.size())
				.param("at", Sql.utc(clock.instant())).update());
		return results;
	}

	public List<Result> contextual(@Nullable String screen, @Nullable String errorCode, int limit) {
		if ((screen == null || screen.isBlank()) && (errorCode == null || errorCode.isBlank())) {
			throw new InvalidFieldException("screen", "give a screen, an errorCode, or both");
		}
		try {
			return resolve(index.index().contextual(blankToNull(screen), blankToNull(errorCode), limit));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** This node's index rebuild: phase, done/total, when. */
	public IndexProgress indexProgress() {
		return index.progress();
	}

	/** Rebuilds this node's index from the database in the background. */
	public IndexProgress rebuildIndex() {
		if (!index.startRebuild()) {
			throw ProblemException.conflict("index-rebuilding", "A rebuild of the help-centre index is already running");
		}
		return index.progress();
	}

	/** Hears each progress step of rebuilds on this node until {@link #unwatchIndex}. */
	public void watchIndex(java.util.function.Consumer<IndexProgress> watcher) {
		index.watch(watcher);
	}

	public void unwatchIndex(java.util.function.Consumer<IndexProgress> watcher) {
		index.unwatch(watcher);
	}

	public Page page(String idOrSlug) {
		var article = articles.find(idOrSlug).filter(Article::isPublished)
				.orElseThrow(() -> ProblemException.notFound("Article " + idOrSlug));
		return new Page(article.id(), article.slug(), article.title(), article.category(), markdown.html(article.body()),
				article.tags(), article.screens(), article.version(), article.updatedAt());
	}

	public List<Articles.Category> categories() {
		return articles.categories();
	}

	/** One vote per user per article; a second vote replaces the first. */
	public void feedback(String userId, String idOrSlug, boolean helpful, @Nullable String comment) {
		var article = articles.find(idOrSlug).filter(Article::isPublished)
				.orElseThrow(() -> ProblemException.notFound("Article " + idOrSlug));
		var updated = jdbc.sql("UPDATE help_feedback SET helpful = :helpful, comment = :comment, created_at = :at"
				+ " WHERE article_id = :id AND user_id = :user")
				.param("helpful", helpful).param("comment", comment).param("at", Sql.utc(clock.instant()))
				.param("id", article.id()).param("user", userId).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO help_feedback (article_id, user_id, helpful, comment, created_at)"
					+ " VALUES (:id, :user, :helpful, :comment, :at) ON CONFLICT DO NOTHING")
					.param("helpful", helpful).param("comment", comment).param("at", Sql.utc(clock.instant()))
					.param("id", article.id()).param("user", userId).update();
		}
	}

	/** Records which result a search led to, for "searches with no click". */
	public void clicked(String query, String idOrSlug) {
		var article = articles.find(idOrSlug).orElseThrow(() -> ProblemException.notFound("Article " + idOrSlug));
		jdbc.sql("""
				UPDATE help_search SET clicked = :article WHERE id = (SELECT MAX(id) FROM help_search
				  WHERE query = :q AND clicked IS NULL)""")
				.param("article", article.id()).param("q", SearchTerms.normalise(query)).update();
	}

	/**
	 * Markdown rendered exactly as customers get an article (the same renderer, the same sanitising),
	 * for an editor's preview of a text not yet saved.
	 */
	public String render(String markdownBody) {
		return markdown.html(markdownBody);
	}

	public record QueryCount(String query, long searches) {
	}

	public record ArticleFeedback(String slug, String title, long helpful, long notHelpful) {
	}

	public record Analytics(List<QueryCount> topQueries, List<QueryCount> noResults, List<QueryCount> noClick,
			List<ArticleFeedback> feedback) {
	}

	public Analytics analytics(Duration window) {
		var since = Sql.utc(clock.instant().minus(window));
		return new Analytics(queries("1 = 1", since), queries("results = 0", since),
				queries("results > 0 AND clicked IS NULL", since),
				jdbc.sql("""
						SELECT a.slug, a.title, SUM(CASE WHEN f.helpful THEN 1 ELSE 0 END),
						  SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END)
						FROM help_feedback f JOIN help_article a ON a.id = f.article_id
						GROUP BY a.slug, a.title ORDER BY 4 DESC, 3 DESC LIMIT 20""")
						.query((rs, n) -> new ArticleFeedback(rs.getString(1), rs.getString(2), rs.getLong(3),
								rs.getLong(4)))
						.list());
	}

	private List<QueryCount> queries(String condition, @Nullable Object since) {
		return jdbc.sql("SELECT query, COUNT(*) FROM help_search WHERE " + condition + " AND searched_at > :since"
				+ " GROUP BY query ORDER BY 2 DESC, 1 LIMIT 20")
				.param("since", since).query((rs, n) -> new QueryCount(rs.getString(1), rs.getLong(2))).list();
	}

	private List<Result> browse(@Nullable String category) {
		return articles.all(app.zetpay.support.helpcenter.ArticleStatus.PUBLISHED, category).stream()
				.map(a -> new Result(a.id(), a.slug(), a.title(), a.category(), null, 0f)).toList();
	}

	private List<Result> resolve(List<SearchIndex.Hit> hits) {
		var listed = articles.publishedListed(hits.stream().map(SearchIndex.Hit::articleId).toList());
		var results = new ArrayList<Result>(hits.size());
		for (var hit : hits) {
			var a = listed.get(hit.articleId());
			if (a != null) {
				results.add(new Result(a.id(), a.slug(), a.title(), a.category(), hit.snippet(), hit.score()));
			}
		}
		return results;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
