package app.zetpay.support.helpcenter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.helpcenter.ArticleStatus;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import app.zetpay.support.shared.Sql;

/** Articles, their versions and categories. */
@Repository
public class Articles {

	private static final String COLUMNS = """
			id, slug, locale, category, title, body, tags, questions, screens, error_codes, status, version,
			published_at, created_at, updated_at""";
	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Articles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public record Category(String slug, String title, @Nullable String description, int position) {
	}

	void insert(Article a) {
		jdbc.sql("INSERT INTO help_article (" + COLUMNS + """
				) VALUES (:id, :slug, :locale, :category, :title, :body, :tags, :questions, :screens, :codes, :status,
				  :version, :publishedAt, :createdAt, :updatedAt)""")
				.paramSource(params(a)).update();
	}

	/**
	 * Inserts unless an article with its slug and locale (or id) exists, even one another node has
	 * inserted since this one looked; false when nothing was inserted.
	 */
	boolean insertIfAbsent(Article a) {
		return jdbc.sql("INSERT INTO help_article (" + COLUMNS + """
				) VALUES (:id, :slug, :locale, :category, :title, :body, :tags, :questions, :screens, :codes, :status,
				  :version, :publishedAt, :createdAt, :updatedAt) ON CONFLICT DO NOTHING""")
				.paramSource(params(a)).update() == 1;
	}

	void update(Article a) {
		jdbc.sql("""
				UPDATE help_article SET slug = :slug, locale = :locale, category = :category, title = :title, body = :body,
				  tags = :tags, questions = :questions, screens = :screens, error_codes = :codes, status = :status,
				  version = :version, published_at = :publishedAt, updated_at = :updatedAt WHERE id = :id""")
				.paramSource(params(a)).update();
	}

	void recordVersion(Article a, String editedBy) {
		jdbc.sql("""
				INSERT INTO help_article_version (article_id, version, title, body, category, tags, questions, screens,
				  error_codes, edited_by, edited_at)
				VALUES (:id, :version, :title, :body, :category, :tags, :questions, :screens, :codes, :editedBy, :updatedAt)""")
				.paramSource(params(a).addValue("editedBy", editedBy)).update();
	}

	public record Version(int version, String title, String editedBy, Instant editedAt) {
	}

	List<Version> versions(String articleId) {
		return jdbc.sql("SELECT version, title, edited_by, edited_at FROM help_article_version WHERE article_id = :id"
				+ " ORDER BY version DESC")
				.param("id", articleId)
				.query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, OffsetDateTime.class).toInstant()))
				.list();
	}

	/** One stored version's content in full, for comparing it with the current one and restoring it. */
	public record VersionContent(int version, String title, String body, String category, List<String> tags,
			List<String> questions, List<String> screens, List<String> errorCodes, String editedBy, Instant editedAt) {
	}

	Optional<VersionContent> version(String articleId, int version) {
		return jdbc.sql("""
				SELECT version, title, body, category, tags, questions, screens, error_codes, edited_by, edited_at
				FROM help_article_version WHERE article_id = :id AND version = :version""")
				.param("id", articleId).param("version", version)
				.query((rs, n) -> new VersionContent(rs.getInt("version"), rs.getString("title"), rs.getString("body"),
						rs.getString("category"), list(rs.getString("tags")), list(rs.getString("questions")),
						list(rs.getString("screens")), list(rs.getString("error_codes")), rs.getString("edited_by"),
						rs.getObject("edited_at", OffsetDateTime.class).toInstant()))
				.optional();
	}

	void delete(String id) {
		jdbc.sql("DELETE FROM help_article WHERE id = :id").param("id", id).update();
	}

	/**
	 * An article by its id (the English one or a version in another language) or by its slug (then
	 * the English one, the article itself).
	 */
	Optional<Article> find(String idOrSlug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE id = :key OR (slug = :key AND locale = :original)"
				+ " ORDER BY CASE WHEN id = :key THEN 0 ELSE 1 END LIMIT 1")
				.param("key", idOrSlug).param("original", ArticleLocales.ORIGINAL).query(this::row).optional();
	}

	/** An article's version in one language. */
	Optional<Article> find(String slug, String locale) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE slug = :slug AND locale = :locale")
				.param("slug", slug).param("locale", locale).query(this::row).optional();
	}

	/** The versions in other languages than English of an article. */
	List<Article> translations(String slug) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE slug = :slug AND locale <> :original ORDER BY locale")
				.param("slug", slug).param("original", ArticleLocales.ORIGINAL).query(this::row).list();
	}

	/** The published versions in a language of these articles, by slug: what a Hindi page shows instead. */
	Map<String, Article> publishedIn(String locale, Collection<String> slugs) {
		if (slugs.isEmpty() || locale.equals(ArticleLocales.ORIGINAL)) {
			return Map.of();
		}
		var found = new HashMap<String, Article>();
		jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE locale = :locale AND status = :published AND slug IN (:slugs)")
				.param("locale", locale).param("published", ArticleStatus.PUBLISHED.name())
				.param("slugs", List.copyOf(slugs)).query(this::row).list()
				.forEach(article -> found.put(article.slug(), article));
		return found;
	}

	/** Every version in a language, drafts included, by slug: the editor's overview of what is missing. */
	Map<String, Article> allIn(String locale) {
		var found = new HashMap<String, Article>();
		jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE locale = :locale").param("locale", locale)
				.query(this::row).list().forEach(article -> found.put(article.slug(), article));
		return found;
	}

	long countIn(String locale) {
		return jdbc.sql("SELECT COUNT(*) FROM help_article WHERE locale = :locale").param("locale", locale)
				.query(Long.class).single();
	}

	/** Keeps an article's versions in other languages under its slug and category when those change. */
	void moveTranslations(String fromSlug, String toSlug, String category) {
		jdbc.sql("UPDATE help_article SET slug = :to, category = :category WHERE slug = :from AND locale <> :original")
				.param("from", fromSlug).param("to", toSlug).param("category", category)
				.param("original", ArticleLocales.ORIGINAL).update();
	}

	void deleteTranslations(String slug) {
		jdbc.sql("DELETE FROM help_article WHERE slug = :slug AND locale <> :original").param("slug", slug)
				.param("original", ArticleLocales.ORIGINAL).update();
	}

	/** What a search result lists of an article. */
	record Listed(String id, String slug, String category, String title) {
	}

	/**
	 * The published ones of these articles, by id, in one query and without their bodies: a search
	 * resolves its hits on every keystroke's settled query.
	 */
	Map<String, Listed> publishedListed(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var found = new HashMap<String, Listed>();
		jdbc.sql("SELECT id, slug, category, title FROM help_article WHERE id IN (:ids) AND status = :published")
				.param("ids", List.copyOf(ids)).param("published", ArticleStatus.PUBLISHED.name())
				.query((rs, n) -> new Listed(rs.getString("id"), rs.getString("slug"), rs.getString("category"),
						rs.getString("title")))
				.list().forEach(listed -> found.put(listed.id(), listed));
		return found;
	}

	List<Article> all(@Nullable ArticleStatus status, @Nullable String category) {
		// Built per filter: PostgreSQL cannot type a NULL parameter in "? IS NULL".
		// The articles: their versions in other languages are listed with them, never as articles.
		var sql = "SELECT " + COLUMNS + " FROM help_article WHERE locale = '" + ArticleLocales.ORIGINAL + "'"
				+ (status == null ? "" : " AND status = :status") + (category == null ? "" : " AND category = :category")
				+ " ORDER BY category, title";
		var query = jdbc.sql(sql);
		if (status != null) {
			query = query.param("status", status.name());
		}
		if (category != null) {
			query = query.param("category", category);
		}
		return query.query(this::row).list();
	}

	/**
	 * Articles changed after {@code since}, for keeping a node's index in step. The index holds the
	 * English articles: searches run on the English gloss of what customers type (decision 0041).
	 */
	List<Article> changedSince(Instant since) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM help_article WHERE updated_at > :since AND locale = :original"
				+ " ORDER BY updated_at")
				.param("since", Sql.utc(since)).param("original", ArticleLocales.ORIGINAL).query(this::row).list();
	}

	List<String> ids() {
		return jdbc.sql("SELECT id FROM help_article").query(String.class).list();
	}

	/** How many articles there are: their versions in other languages are not counted as articles. */
	long count() {
		return countIn(ArticleLocales.ORIGINAL);
	}

	// ---- Categories --------------------------------------------------------------------------------

	List<Category> categories() {
		return jdbc.sql("SELECT slug, title, description, position FROM help_category ORDER BY position, slug")
				.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
	}

	Optional<Category> category(String slug) {
		return categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
	}

	void saveCategory(Category c, Instant at) {
		var updated = jdbc.sql("UPDATE help_category SET title = :title, description = :description, position = :position,"
				+ " updated_at = :at WHERE slug = :slug")
				.param("slug", c.slug()).param("title", c.title()).param("description", c.description())
				.param("position", c.position()).param("at", Sql.utc(at)).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO help_category (slug, title, description, position, created_at, updated_at)"
					+ " VALUES (:slug, :title, :description, :position, :at, :at) ON CONFLICT DO NOTHING")
					.param("slug", c.slug()).param("title", c.title()).param("description", c.description())
					.param("position", c.position()).param("at", Sql.utc(at)).update();
		}
	}

	/** The topics' names in a language, by slug; a topic without one keeps its English name. */
	Map<String, Category> categoriesIn(String locale) {
		var found = new HashMap<String, Category>();
		jdbc.sql("""
				SELECT c.slug, l.title, l.description, c.position FROM help_category c
				JOIN help_category_locale l ON l.category = c.slug WHERE l.locale = :locale""")
				.param("locale", locale)
				.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list()
				.forEach(category -> found.put(category.slug(), category));
		return found;
	}

	/** Names a topic in a language; {@code ifAbsent} leaves a name already given alone (the starting content). */
	void saveCategoryIn(String slug, String locale, String title, @Nullable String description, Instant at,
			boolean ifAbsent) {
		var updated = ifAbsent ? 0 : jdbc.sql("UPDATE help_category_locale SET title = :title, description = :description,"
				+ " updated_at = :at WHERE category = :slug AND locale = :locale")
				.param("slug", slug).param("locale", locale).param("title", title).param("description", description)
				.param("at", Sql.utc(at)).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO help_category_locale (category, locale, title, description, updated_at)"
					+ " VALUES (:slug, :locale, :title, :description, :at) ON CONFLICT DO NOTHING")
					.param("slug", slug).param("locale", locale).param("title", title).param("description", description)
					.param("at", Sql.utc(at)).update();
		}
	}

	boolean deleteCategory(String slug) {
		return jdbc.sql("DELETE FROM help_category WHERE slug = :slug AND NOT EXISTS"
				+ " (SELECT 1 FROM help_article WHERE category = :slug)").param("slug", slug).update() > 0;
	}

	private MapSqlParameterSource params(Article a) {
		return new MapSqlParameterSource()
				.addValue("id", a.id()).addValue("slug", a.slug()).addValue("locale", a.locale())
				.addValue("category", a.category()).addValue("title", a.title()).addValue("body", a.body())
				.addValue("tags", json.writeValueAsString(a.tags()))
				.addValue("questions", json.writeValueAsString(a.questions()))
				.addValue("screens", json.writeValueAsString(a.screens()))
				.addValue("codes", json.writeValueAsString(a.errorCodes())).addValue("status", a.status().name())
				.addValue("version", a.version()).addValue("publishedAt", Sql.utc(a.publishedAt()))
				.addValue("createdAt", Sql.utc(a.createdAt())).addValue("updatedAt", Sql.utc(a.updatedAt()));
	}

	private Article row(ResultSet rs, int n) throws SQLException {
		return new Article(rs.getString("id"), rs.getString("slug"), rs.getString("locale"), rs.getString("category"),
				rs.getString("title"), rs.getString("body"), list(rs.getString("tags")), list(rs.getString("questions")),
				list(rs.getString("screens")), list(rs.getString("error_codes")),
				ArticleStatus.valueOf(rs.getString("status")), rs.getInt("version"), Sql.instant(rs, "published_at"),
				Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
	}

	private List<String> list(String text) {
		return json.readValue(text, STRINGS);
	}
}
