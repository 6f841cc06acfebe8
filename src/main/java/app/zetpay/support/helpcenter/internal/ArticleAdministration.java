package app.zetpay.support.helpcenter.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.helpcenter.ArticleStatus;
import app.zetpay.support.shared.AfterCommit;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Writing the help centre: every edit is a new version; publishing makes an article visible and
 * searchable at once on this node (and within a second on the others).
 */
@Service
public class ArticleAdministration {

	private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private final Articles articles;
	private final IndexKeeper index;
	private final Clock clock;

	ArticleAdministration(Articles articles, IndexKeeper index, Clock clock) {
		this.articles = articles;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * An article's content as an editor writes it. Named for the API document: the canned replies'
	 * {@code Draft} would otherwise take the name, and the web app's types, of both.
	 */
	@Schema(name = "ArticleDraft")
	public record Draft(String slug, @Nullable String locale, String category, String title, String body,
			List<String> tags, List<String> questions, List<String> screens, List<String> errorCodes) {
	}

	@Transactional
	public Article create(Draft draft, String editor) {
		validate(draft);
		if (!locale(draft).equals(ArticleLocales.ORIGINAL)) {
			throw new InvalidFieldException("locale", "articles are written in English first; add the "
					+ locale(draft) + " version with PUT /api/admin/help/articles/{id}/locales/" + locale(draft));
		}
		if (articles.find(draft.slug()).isPresent()) {
			throw ProblemException.conflict("slug-taken", "An article with this slug already exists.");
		}
		var now = clock.instant();
		var article = new Article("art_" + UUID.randomUUID().toString().replace("-", ""), draft.slug(),
				locale(draft), draft.category(), draft.title().strip(), draft.body(), clean(draft.tags()),
				clean(draft.questions()), clean(draft.screens()), codes(draft.errorCodes()), ArticleStatus.DRAFT, 1, null,
				now, now);
		articles.insert(article);
		articles.recordVersion(article, editor);
		return article;
	}

	/**
	 * Imports a published article in one step, without touching the index: for loading content in
	 * bulk, followed by one rebuild. False when the slug exists already.
	 */
	@Transactional
	boolean importPublished(Draft draft, String editor) {
		validate(draft);
		if (articles.find(draft.slug()).isPresent()) {
			return false;
		}
		var now = clock.instant();
		var article = new Article("art_" + UUID.randomUUID().toString().replace("-", ""), draft.slug(),
				locale(draft), draft.category(), draft.title().strip(), draft.body(), clean(draft.tags()),
				clean(draft.questions()), clean(draft.screens()), codes(draft.errorCodes()), ArticleStatus.PUBLISHED, 1,
				now, now, now);
		// Another node loading the same content may insert it between our look and this insert.
		if (!articles.insertIfAbsent(article)) {
			return false;
		}
		articles.recordVersion(article, editor);
		return true;
	}

	@Transactional
	public Article update(String idOrSlug, Draft draft, String editor) {
		var current = require(idOrSlug);
		if (ArticleLocales.isTranslation(current.locale())) {
			return updateTranslation(current, draft.title(), draft.body(), draft.tags(), draft.questions(), editor);
		}
		validate(draft);
		if (!locale(draft).equals(ArticleLocales.ORIGINAL)) {
			throw new InvalidFieldException("locale", "an article stays in English; edit its " + locale(draft)
					+ " version with PUT /api/admin/help/articles/{id}/locales/" + locale(draft));
		}
		articles.find(draft.slug()).filter(other -> !other.id().equals(current.id())).ifPresent(other -> {
			throw ProblemException.conflict("slug-taken", "An article with this slug already exists.");
		});
		var updated = new Article(current.id(), draft.slug(), ArticleLocales.ORIGINAL, draft.category(),
				draft.title().strip(), draft.body(), clean(draft.tags()), clean(draft.questions()), clean(draft.screens()),
				codes(draft.errorCodes()), current.status(), current.version() + 1, current.publishedAt(),
				current.createdAt(), clock.instant());
		articles.update(updated);
		articles.recordVersion(updated, editor);
		if (!current.slug().equals(updated.slug()) || !current.category().equals(updated.category())) {
			articles.moveTranslations(current.slug(), updated.slug(), updated.category());
		}
		reindexAfterCommit(updated);
		return updated;
	}

	/**
	 * What an editor writes of an article in another language: its text. The slug, topic, screens
	 * and error codes are the English article's (contextual help and analytics stay per article).
	 */
	@Schema(name = "TranslationDraft")
	public record TranslationDraft(String title, String body, @Nullable List<String> tags,
			@Nullable List<String> questions) {
	}

	/**
	 * Writes an article's version in a language: a new draft (version 1) when it has none, else a
	 * new version of it that keeps its publication state, as English edits do.
	 */
	@Transactional
	public Article saveTranslation(String idOrSlug, String locale, TranslationDraft draft, String editor) {
		var article = requireOriginal(idOrSlug);
		var language = translationLocale(locale);
		var existing = articles.find(article.slug(), language);
		if (existing.isPresent()) {
			return updateTranslation(existing.get(), draft.title(), draft.body(), draft.tags(), draft.questions(), editor);
		}
		validateText(draft.title(), draft.body(), draft.questions());
		var now = clock.instant();
		var created = translation(article, language, draft, ArticleStatus.DRAFT, null, now);
		articles.insert(created);
		articles.recordVersion(created, editor);
		return created;
	}

	/**
	 * Imports a published version in a language of an existing article, for the starting content;
	 * false when the article is not there or already has a version in that language.
	 */
	@Transactional
	boolean importTranslation(String slug, String locale, TranslationDraft draft, String editor) {
		var article = articles.find(slug).filter(a -> a.locale().equals(ArticleLocales.ORIGINAL));
		if (article.isEmpty()) {
			return false;
		}
		validateText(draft.title(), draft.body(), draft.questions());
		var now = clock.instant();
		var created = translation(article.get(), translationLocale(locale), draft, ArticleStatus.PUBLISHED, now, now);
		if (!articles.insertIfAbsent(created)) {
			return false;
		}
		articles.recordVersion(created, editor);
		return true;
	}

	private Article translation(Article article, String locale, TranslationDraft draft, ArticleStatus status,
			@Nullable Instant publishedAt, Instant now) {
		return new Article("art_" + UUID.randomUUID().toString().replace("-", ""), article.slug(), locale,
				article.category(), draft.title().strip(), draft.body(), clean(draft.tags()), clean(draft.questions()),
				List.of(), List.of(), status, 1, publishedAt, now, now);
	}

	private Article updateTranslation(Article current, String title, String body, @Nullable List<String> tags,
			@Nullable List<String> questions, String editor) {
		validateText(title, body, questions);
		var article = requireOriginal(current.slug());
		var updated = new Article(current.id(), current.slug(), current.locale(), article.category(), title.strip(), body,
				clean(tags), clean(questions), List.of(), List.of(), current.status(), current.version() + 1,
				current.publishedAt(), current.createdAt(), clock.instant());
		articles.update(updated);
		articles.recordVersion(updated, editor);
		return updated;
	}

	/** Where an article stands in one language. {@code status} and {@code id} are null when that version is missing. */
	public record LocaleState(String locale, boolean missing, @Nullable String id, @Nullable ArticleStatus status,
			int version, @Nullable String title, @Nullable Instant updatedAt) {

		static LocaleState of(String locale, @Nullable Article version) {
			return version == null ? new LocaleState(locale, true, null, null, 0, null, null)
					: new LocaleState(locale, false, version.id(), version.status(), version.version(), version.title(),
							version.updatedAt());
		}
	}

	/** An article's versions in every language the help centre has, English first, missing ones included. */
	@Transactional(readOnly = true)
	public List<LocaleState> locales(String idOrSlug) {
		var article = requireOriginal(idOrSlug);
		var states = new java.util.ArrayList<LocaleState>();
		states.add(LocaleState.of(ArticleLocales.ORIGINAL, article));
		for (var locale : ArticleLocales.TRANSLATIONS) {
			states.add(LocaleState.of(locale, articles.find(article.slug(), locale).orElse(null)));
		}
		return states;
	}

	/** How an article stands in a language, for the editor's list. */
	public record Coverage(String articleId, String slug, String title, String category, LocaleState state) {
	}

	/** Which state an editor filters the coverage by: a version missing, a draft, or published. */
	public enum CoverageFilter {
		MISSING, DRAFT, PUBLISHED
	}

	/** Every article with its version in a language (or that it has none), optionally only those in one state. */
	@Transactional(readOnly = true)
	public List<Coverage> coverage(String locale, @Nullable CoverageFilter filter) {
		var language = translationLocale(locale);
		var versions = articles.allIn(language);
		return articles.all(null, null).stream()
				.map(a -> new Coverage(a.id(), a.slug(), a.title(), a.category(),
						LocaleState.of(language, versions.get(a.slug()))))
				.filter(c -> filter == null || switch (filter) {
					case MISSING -> c.state().missing();
					case DRAFT -> c.state().status() == ArticleStatus.DRAFT;
					case PUBLISHED -> c.state().status() == ArticleStatus.PUBLISHED;
				})
				.toList();
	}

	/** Names a topic in another language than English, for customers reading that language. */
	@Transactional
	public void saveCategoryName(String slug, String locale, String title, @Nullable String description) {
		if (articles.category(slug).isEmpty()) {
			throw ProblemException.notFound("Category " + slug);
		}
		if (title == null || title.isBlank() || title.length() > 120) {
			throw new InvalidFieldException("title", "must be 1 to 120 characters");
		}
		articles.saveCategoryIn(slug, translationLocale(locale), title.strip(), description, clock.instant(), false);
	}

	@Transactional
	public Article publish(String idOrSlug) {
		return setStatus(require(idOrSlug), ArticleStatus.PUBLISHED);
	}

	@Transactional
	public Article unpublish(String idOrSlug) {
		return setStatus(require(idOrSlug), ArticleStatus.DRAFT);
	}

	@Transactional
	public void delete(String idOrSlug) {
		var article = require(idOrSlug);
		articles.delete(article.id());
		if (ArticleLocales.isTranslation(article.locale())) {
			// Only that language's version: the article and its search entry stay.
			return;
		}
		// An article's versions in other languages go with it: nothing would show them.
		articles.deleteTranslations(article.slug());
		AfterCommit.run(() -> index.remove(article.id()));
	}

	@Transactional
	public void saveCategory(String slug, String title, @Nullable String description, int position) {
		if (!slug.matches(SLUG) || slug.length() > 60) {
			throw new InvalidFieldException("slug", "lower-case words joined by dashes, at most 60 characters");
		}
		if (title == null || title.isBlank() || title.length() > 120) {
			throw new InvalidFieldException("title", "must be 1 to 120 characters");
		}
		articles.saveCategory(new Articles.Category(slug, title.strip(), description, position), clock.instant());
	}

	@Transactional
	public void deleteCategory(String slug) {
		if (articles.category(slug).isEmpty()) {
			throw ProblemException.notFound("Category " + slug);
		}
		if (!articles.deleteCategory(slug)) {
			throw ProblemException.conflict("category-in-use", "Move or delete the category's articles first.");
		}
	}

	@Transactional(readOnly = true)
	public List<Articles.Version> versions(String idOrSlug) {
		return articles.versions(require(idOrSlug).id());
	}

	@Transactional(readOnly = true)
	public Articles.VersionContent version(String idOrSlug, int version) {
		var article = require(idOrSlug);
		return articles.version(article.id(), version)
				.orElseThrow(() -> ProblemException.notFound("Version " + version + " of article " + idOrSlug));
	}

	/**
	 * Makes an earlier version's content the current one, as a new version (the history keeps what
	 * it replaced); the slug and the publication state stay as they are.
	 */
	@Transactional
	public Article restore(String idOrSlug, int version, String editor) {
		var current = require(idOrSlug);
		var old = version(current.id(), version);
		return update(current.id(), new Draft(current.slug(), current.locale(), old.category(), old.title(), old.body(),
				old.tags(), old.questions(), old.screens(), old.errorCodes()), editor);
	}

	@Transactional(readOnly = true)
	public List<Article> list(@Nullable ArticleStatus status, @Nullable String category) {
		return articles.all(status, category);
	}

	@Transactional(readOnly = true)
	public Article get(String idOrSlug) {
		return require(idOrSlug);
	}

	Article require(String idOrSlug) {
		return articles.find(idOrSlug).orElseThrow(() -> ProblemException.notFound("Article " + idOrSlug));
	}

	private Article setStatus(Article current, ArticleStatus status) {
		if (current.status() == status) {
			return current;
		}
		var now = clock.instant();
		var changed = new Article(current.id(), current.slug(), current.locale(), current.category(), current.title(),
				current.body(), current.tags(), current.questions(), current.screens(), current.errorCodes(), status,
				current.version(), status == ArticleStatus.PUBLISHED ? now : current.publishedAt(), current.createdAt(), now);
		articles.update(changed);
		reindexAfterCommit(changed);
		return changed;
	}

	private void reindexAfterCommit(Article article) {
		// The index holds the English articles; a version in another language is read with its
		// article when a customer of that language is shown it.
		if (article.locale().equals(ArticleLocales.ORIGINAL)) {
			AfterCommit.run(() -> index.apply(article));
		}
	}

	private Article requireOriginal(String idOrSlug) {
		var found = require(idOrSlug);
		return found.locale().equals(ArticleLocales.ORIGINAL) ? found
				: articles.find(found.slug()).filter(a -> a.locale().equals(ArticleLocales.ORIGINAL))
						.orElseThrow(() -> ProblemException.notFound("Article " + idOrSlug));
	}

	private static String translationLocale(String locale) {
		var language = locale == null ? "" : locale.strip().toLowerCase(Locale.ROOT);
		if (!ArticleLocales.isTranslation(language)) {
			throw new InvalidFieldException("locale", "one of " + ArticleLocales.TRANSLATIONS
					+ " (English is the article itself)");
		}
		return language;
	}

	private static void validateText(@Nullable String title, @Nullable String body, @Nullable List<String> questions) {
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new InvalidFieldException("title", "must be 1 to 200 characters");
		}
		if (body == null || body.isBlank() || body.length() > 20_000) {
			throw new InvalidFieldException("body", "must be 1 to 20,000 characters of Markdown");
		}
		if (questions != null && questions.size() > 50) {
			throw new InvalidFieldException("questions", "at most 50 example questions");
		}
	}


	private void validate(Draft draft) {
		if (draft.slug() == null || !draft.slug().matches(SLUG) || draft.slug().length() > 120) {
			throw new InvalidFieldException("slug", "lower-case words joined by dashes, at most 120 characters");
		}
		validateText(draft.title(), draft.body(), draft.questions());
		if (draft.category() == null || articles.category(draft.category()).isEmpty()) {
			throw new InvalidFieldException("category", "must be an existing category");
		}
	}

	private static String locale(Draft draft) {
		return draft.locale() == null || draft.locale().isBlank() ? "en" : draft.locale().strip().toLowerCase(Locale.ROOT);
	}

	private static List<String> clean(@Nullable List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

	private static List<String> codes(@Nullable List<String> values) {
		return clean(values).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
	}
}
