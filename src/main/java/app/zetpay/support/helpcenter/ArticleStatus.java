package app.zetpay.support.helpcenter;

/** Customers only ever see published articles. */
public enum ArticleStatus {
	DRAFT, PUBLISHED
}
