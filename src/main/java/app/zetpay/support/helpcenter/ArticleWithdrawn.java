package app.zetpay.support.helpcenter;

/** An article is no longer visible to customers (unpublished or deleted). */
public record ArticleWithdrawn(String articleId, String slug) {
}
