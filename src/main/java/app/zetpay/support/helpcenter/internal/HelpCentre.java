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

	/**
	 * A result row: enough to list, plus a highlighted snippet when it came from a search.
	 * {@code locale} is the language of its title and snippet: the reader's when the article has a
	 * published version in it, else English.
	 */
	public record Result(String id, String slug, String title, String category, @Nullable String snippet, float score,
			String locale) {

		Result(String id, String slug, String title, String category, @Nullable String snippet, float score) {
			this(id, slug, title, category, snippet, score, ArticleLocales.ORIGINAL);
		}
	}

	/**
	 * A published article, rendered. {@code locale} is the language it is shown in: the reader's when
	 * it has a published version in that language, else English (the page can then say so).
	 * {@code id} is the article's (the English one's), whichever language is shown.
	 */
	public record Page(String id, String slug, String title, String category, String html, List<String> tags,
			List<String> screens, int version, java.time.Instant updatedAt, String locale) {
	}

	/** Published articles matching the query (the category's, all without one), timing its phases into {@code timings}. */
	public List<Result> search(@Nullable String query, @Nullable String category, int limit, SearchTimings timings) {
		return search(query, category, limit, timings, ArticleLocales.ORIGINAL);
	}

	/**
	 * The same, with titles and snippets in the reader's language where an article has a published
	 * version in it. The search itself runs on the English articles, by the English gloss of the
	 * words (decision 0041), so what is found does not depend on which versions exist.
	 */
	public List<Result> search(@Nullable String query, @Nullable String category, int limit, SearchTimings timings,
			String locale) {
		if (query == null || query.isBlank()) {
			return localise(browse(category), locale);
		}
		if (query.length() > 200) {
			throw new InvalidFieldException("query", "must be at most 200 characters");
		}
		var hits = index.search(query.strip(), category, limit, timings);
		var results = timings.time("resolve", () -> localise(resolve(hits), locale));
		timings.time("log", () -> jdbc.sql("INSERT INTO help_search (query, results, searched_at) VALUES (:q, :n, :at)")
				.param("q", SearchTerms.normalise(query)).param("n", results.size())
				.param("at", Sql.utc(clock.instant())).update());
		return results;
	}

	public List<Result> contextual(@Nullable String screen, @Nullable String errorCode, int limit) {
		return contextual(screen, errorCode, limit, ArticleLocales.ORIGINAL);
	}

	public List<Result> contextual(@Nullable String screen, @Nullable String errorCode, int limit, String locale) {
		if ((screen == null || screen.isBlank()) && (errorCode == null || errorCode.isBlank())) {
			throw new InvalidFieldException("screen", "give a screen, an errorCode, or both");
		}
		try {
			return localise(resolve(index.index().contextual(blankToNull(screen), blankToNull(errorCode), limit)), locale);
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
		return page(idOrSlug, ArticleLocales.ORIGINAL);
	}

	/** A published article in the reader's language when it has a published version in it, else in English. */
	public Page page(String idOrSlug, String locale) {
		var article = articles.find(idOrSlug).filter(a -> a.locale().equals(ArticleLocales.ORIGINAL))
				.filter(Article::isPublished)
				.orElseThrow(() -> ProblemException.notFound("Article " + idOrSlug));
		var shown = ArticleLocales.isTranslation(locale)
				? articles.find(article.slug(), locale).filter(Article::isPublished).orElse(article) : article;
		return new Page(article.id(), article.slug(), shown.title(), article.category(), markdown.html(shown.body()),
				article.tags(), article.screens(), shown.version(), shown.updatedAt(), shown.locale());
	}

	public List<Articles.Category> categories() {
		return articles.categories();
	}

	/** The topics, named in the reader's language where they have a name in it. */
	public List<Articles.Category> categories(String locale) {
		if (!ArticleLocales.isTranslation(locale)) {
			return articles.categories();
		}
		var named = articles.categoriesIn(locale);
		return articles.categories().stream().map(c -> named.getOrDefault(c.slug(), c)).toList();
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

	/**
	 * Titles and snippets of the articles with a published version in the reader's language, in that
	 * language: the snippet is then the start of that version's text (the search's marks are on the
	 * English words, which a Hindi page does not show).
	 */
	private List<Result> localise(List<Result> results, String locale) {
		if (!ArticleLocales.isTranslation(locale) || results.isEmpty()) {
			return results;
		}
		var versions = articles.publishedIn(locale, results.stream().map(Result::slug).toList());
		return results.stream().map(r -> {
			var version = versions.get(r.slug());
			return version == null ? r
					: new Result(r.id(), r.slug(), version.title(), r.category(),
							r.snippet() == null ? null : lead(markdown.text(version.body())), r.score(), locale);
		}).toList();
	}

	private static final int SNIPPET_CHARS = 160;

	/** The start of a text as a snippet: HTML-escaped like the highlighter's, cut at a word. */
	private static String lead(String text) {
		var cut = text;
		if (text.length() > SNIPPET_CHARS) {
			var space = text.lastIndexOf(' ', SNIPPET_CHARS);
			cut = text.substring(0, space > SNIPPET_CHARS / 2 ? space : SNIPPET_CHARS) + "…";
		}
		return cut.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
