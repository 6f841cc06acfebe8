package app.zetpay.support.helpcenter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.zetpay.support.helpcenter.HelpArticles;

@Service
class HelpArticlesService implements HelpArticles {

	private static final int LEAD_CHARS = 280;

	private final Articles articles;
	private final IndexKeeper index;
	private final MarkdownRenderer markdown;

	HelpArticlesService(Articles articles, IndexKeeper index, MarkdownRenderer markdown) {
		this.articles = articles;
		this.index = index;
		this.markdown = markdown;
	}

	@Override
	public Optional<ArticleBrief> find(String slug) {
		return articles.find(slug).filter(Article::isPublished).map(this::brief);
	}

	@Override
	public Optional<ArticleBrief> find(String slug, String locale) {
		return find(slug).map(brief -> inLanguage(brief, locale));
	}

	@Override
	public List<ArticleBrief> search(String text, int limit, String locale) {
		return search(text, limit).stream().map(brief -> inLanguage(brief, locale)).toList();
	}

	private ArticleBrief inLanguage(ArticleBrief brief, String locale) {
		var language = ArticleLocales.of(locale);
		if (language.equals(ArticleLocales.ORIGINAL)) {
			return brief;
		}
		return articles.find(brief.slug(), language).filter(Article::isPublished)
				.map(version -> new ArticleBrief(brief.slug(), version.title(), lead(markdown.text(version.body())),
						ArticleBrief.pageOf(brief.slug(), language), language))
				.orElse(brief);
	}

	@Override
	public Optional<String> text(String slug) {
		return articles.find(slug).filter(Article::isPublished).map(article -> markdown.text(article.body()));
	}

	@Override
	public List<ArticleBrief> search(String text, int limit) {
		if (text.isBlank()) {
			return List.of();
		}
		return briefs(index.search(text.strip(), null, limit));
	}

	@Override
	public List<ArticleBrief> contextual(@Nullable String screen, @Nullable String errorCode, int limit) {
		if (screen == null && errorCode == null) {
			return List.of();
		}
		try {
			return briefs(index.index().contextual(screen, errorCode, limit));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<ArticleBrief> briefs(List<SearchIndex.Hit> hits) {
		return hits.stream().flatMap(hit -> articles.find(hit.articleId()).filter(Article::isPublished).stream())
				.map(this::brief).toList();
	}

	private ArticleBrief brief(Article article) {
		return new ArticleBrief(article.slug(), article.title(), lead(markdown.text(article.body())),
				ArticleBrief.pageOf(article.slug()));
	}

	private static String lead(String text) {
		return text.length() <= LEAD_CHARS ? text : cut(text);
	}

	/** The lead up to the last full sentence that fits, else the last word. */
	private static String cut(String text) {
		var head = text.substring(0, LEAD_CHARS);
		var sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "));
		if (sentence > LEAD_CHARS / 2) {
			return head.substring(0, sentence + 1);
		}
		var space = head.lastIndexOf(' ');
		return (space > 0 ? head.substring(0, space) : head) + "…";
	}
}
