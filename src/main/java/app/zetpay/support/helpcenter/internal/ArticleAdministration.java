package app.zetpay.support.helpcenter.internal;

import java.time.Clock;
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
		validate(draft);
		var current = require(idOrSlug);
		articles.find(draft.slug()).filter(other -> !other.id().equals(current.id())).ifPresent(other -> {
			throw ProblemException.conflict("slug-taken", "An article with this slug already exists.");
		});
		var updated = new Article(current.id(), draft.slug(), locale(draft), draft.category(), draft.title().strip(),
				draft.body(), clean(draft.tags()), clean(draft.questions()), clean(draft.screens()),
				codes(draft.errorCodes()), current.status(), current.version() + 1, current.publishedAt(),
				current.createdAt(), clock.instant());
		articles.update(updated);
		articles.recordVersion(updated, editor);
		reindexAfterCommit(updated);
		return updated;
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
		AfterCommit.run(() -> index.apply(article));
	}


	private void validate(Draft draft) {
		if (draft.slug() == null || !draft.slug().matches(SLUG) || draft.slug().length() > 120) {
			throw new InvalidFieldException("slug", "lower-case words joined by dashes, at most 120 characters");
		}
		if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
			throw new InvalidFieldException("title", "must be 1 to 200 characters");
		}
		if (draft.body() == null || draft.body().isBlank() || draft.body().length() > 20_000) {
			throw new InvalidFieldException("body", "must be 1 to 20,000 characters of Markdown");
		}
		if (draft.category() == null || articles.category(draft.category()).isEmpty()) {
			throw new InvalidFieldException("category", "must be an existing category");
		}
		if (draft.questions() != null && draft.questions().size() > 50) {
			throw new InvalidFieldException("questions", "at most 50 example questions");
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
