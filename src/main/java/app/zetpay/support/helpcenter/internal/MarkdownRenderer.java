package app.zetpay.support.helpcenter.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Article Markdown to HTML that is safe to show in the app: raw HTML in the source is escaped, not
 * passed through. Links may go to our own pages (relative) or over http(s) and mailto; any other
 * link ({@code javascript:}, {@code data:} …) is left as its text. Images come only from our own
 * origin (relative URLs) or the configured {@code image-hosts} over https; any other image (a
 * {@code data:} blob, a tracking pixel elsewhere) is left as its alt text.
 */
@Component
class MarkdownRenderer {

	private static final Pattern INLINE_TAG = Pattern
		.compile("</?(?:a|strong|em|code|b|i|s|del|span|mark|sub|sup)(?:\\s[^>]*)?>");

	/** The end of a heading or paragraph whose text has no closing punctuation of its own. */
	private static final Pattern HEADING_END = Pattern.compile("([^.!?:;\\u0964\\u0965\\s>])\\s*(</h[1-6]>)");
	private static final Pattern PARAGRAPH_END = Pattern.compile("([^.!?:;\\u0964\\u0965\\s>])\\s*(</p>)");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

	private final Parser parser = Parser.builder().build();
	private final HtmlRenderer renderer;
	private final Set<String> imageHosts;

	@Autowired
	MarkdownRenderer(HelpCentreProperties properties) {
		this(properties.imageHosts());
	}

	MarkdownRenderer(Collection<String> imageHosts) {
		this.imageHosts = imageHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
				.collect(Collectors.toUnmodifiableSet());
		// The tree pass below already removed what is not allowed; this is the renderer's own guard.
		this.renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).urlSanitizer(new UrlSanitizer() {
			@Override
			public String sanitizeLinkUrl(String url) {
				return linkAllowed(url) ? url : "";
			}

			@Override
			public String sanitizeImageUrl(String url) {
				return imageAllowed(url) ? url : "";
			}
		}).build();
	}

	String html(String markdown) {
		var document = parser.parse(markdown);
		document.accept(new Disallowed());
		return renderer.render(document);
	}

	/**
	 * Plain text for search and snippets: the rendered HTML without tags. Inline tags go without a
	 * trace (a space there made snippets read "UPI , net banking"); block tags part words.
	 */
	String text(String markdown) {
		var html = INLINE_TAG.matcher(html(markdown)).replaceAll("");
		// Blocks keep their boundary as punctuation, so a snippet reads "Fees: Debit card top-ups are
		// free." rather than "Fees Debit card…": a heading ends in a colon, a paragraph in a full stop.
		html = HEADING_END.matcher(html).replaceAll("$1:$2");
		html = PARAGRAPH_END.matcher(html).replaceAll("$1.$2");
		return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&")
				.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replaceAll("\\s+", " ").strip();
	}

	boolean linkAllowed(String url) {
		var scheme = scheme(url);
		return scheme == null || LINK_SCHEMES.contains(scheme);
	}

	boolean imageAllowed(String url) {
		var clean = withoutIgnoredCharacters(url);
		var scheme = scheme(clean);
		if (scheme == null) {
			// Relative to our origin; "//host/…" is another origin in disguise.
			return !clean.startsWith("//") && !clean.startsWith("\\\\") && !clean.startsWith("/\\");
		}
		if (!scheme.equals("https")) {
			return false;
		}
		try {
			var host = URI.create(clean).getHost();
			return host != null && imageHosts.contains(host.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException notAUri) {
			return false;
		}
	}

	/** The scheme, lower-cased, or null for a relative URL. */
	private static @Nullable String scheme(String url) {
		var matcher = SCHEME.matcher(withoutIgnoredCharacters(url).toLowerCase(Locale.ROOT));
		return matcher.find() ? matcher.group(1) : null;
	}

	/** Browsers ignore leading spaces and tabs or line breaks anywhere in a URL ("java\tscript:"). */
	private static String withoutIgnoredCharacters(String url) {
		return url.replaceAll("[\\t\\n\\r]", "").strip();
	}

	/** Replaces links and images that are not allowed by their text. */
	private final class Disallowed extends AbstractVisitor {

		@Override
		public void visit(Link link) {
			if (linkAllowed(link.getDestination())) {
				visitChildren(link);
			}
			else {
				// The parent's walk has already moved past the link: visit what takes its place here.
				for (var child : unwrap(link)) {
					child.accept(this);
				}
			}
		}

		@Override
		public void visit(Image image) {
			if (!imageAllowed(image.getDestination())) {
				image.insertBefore(new Text(altText(image)));
				image.unlink();
			}
		}

		private static List<Node> unwrap(Node node) {
			var children = new ArrayList<Node>();
			for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
				children.add(child);
			}
			children.forEach(node::insertBefore);
			node.unlink();
			return children;
		}

		private static String altText(Node image) {
			var alt = new StringBuilder();
			image.accept(new AbstractVisitor() {
				@Override
				public void visit(Text text) {
					alt.append(text.getLiteral());
				}
			});
			return alt.toString();
		}
	}
}
