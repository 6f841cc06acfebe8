package app.zetpay.support.helpcenter;

/** An article became visible to customers, or a published article changed. */
public record ArticlePublished(String articleId, String slug, int version) {
}
