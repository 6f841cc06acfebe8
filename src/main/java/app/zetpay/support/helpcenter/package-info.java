/**
 * The help centre: categories and articles (Markdown, versioned, draft or published, tied to the
 * app screens and error codes they explain), search over published articles, contextual help for a
 * screen, "was this helpful?" feedback and search analytics. Each node keeps its own search index,
 * built from the database and kept in step with it.
 */
@NullMarked
package app.zetpay.support.helpcenter;

import org.jspecify.annotations.NullMarked;
