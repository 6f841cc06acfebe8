package app.zetpay.support.helpcenter.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Article Markdown to HTML that is safe to show in the app: raw HTML in the source is escaped, not
 * passed through, and link targets with dangerous schemes ({@code javascript:} and the like) are
 * neutralised.
 */
@Component
class MarkdownRenderer {

	private final Parser parser = Parser.builder().build();
	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	String html(String markdown) {
		return renderer.render(parser.parse(markdown));
	}

	/** Plain text for search and snippets: the rendered HTML without tags. */
	String text(String markdown) {
		return html(markdown).replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<")
				.replace("&gt;", ">").replace("&quot;", "\"").replaceAll("\\s+", " ").strip();
	}
}
