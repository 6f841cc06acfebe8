package app.zetpay.support.helpcenter.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.helpcenter.ArticleStatus;

/** A help-centre article as stored. {@code body} is Markdown. */
public record Article(String id, String slug, String locale, String category, String title, String body,
		List<String> tags, List<String> questions, List<String> screens, List<String> errorCodes, ArticleStatus status,
		int version, @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt) {

	public Article {
		tags = List.copyOf(tags);
		questions = List.copyOf(questions);
		screens = List.copyOf(screens);
		errorCodes = List.copyOf(errorCodes);
	}

	boolean isPublished() {
		return status == ArticleStatus.PUBLISHED;
	}
}
