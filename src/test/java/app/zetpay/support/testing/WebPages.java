package app.zetpay.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;

/**
 * Opens the running app's pages in Chromium, as {@link BrowserTest}s see them. Each visit happens at
 * every {@link Viewport} in a fresh browser context (no cookies or storage from an earlier visit),
 * in Indian English and India's time zone with reduced motion; after the test's own checks it
 * saves a screenshot to {@code docs/screenshots/<name>-<width>.png}, then runs axe-core and fails on
 * any serious or critical violation (listing each with the elements it found), and on any page
 * error or Content-Security-Policy refusal seen during the visit.
 *
 * <p>Screenshots are kept in git, so they should change only when the page does. What the server
 * stamps with the time (a message's time, a ticket's "2 min ago", a payment's date) is real time in
 * a running app, so every {@code <time>} element is a plain grey box in the screenshot (times the
 * bot writes into its text are not masked). The browser's own clock is not
 * frozen: against a live server's timestamps a fixed browser time would show "in 3 h" and change
 * what the app does (query staleness, token refresh, the typing indicator's timeouts).
 */
public final class WebPages {

	/**
	 * The widths the customer side (a phone, in the app's WebView) and the console (a desk) are used
	 * at. The phone is 360 px, the commonest Android width in India and narrower than an iPhone's
	 * 390: what fits at 360 fits at 390, not the other way round. Every customer flow runs at both
	 * (a test that visits with fewer viewports says why).
	 */
	public enum Viewport {
		PHONE(360, 740), DESKTOP(1280, 800);

		final int width;
		final int height;

		Viewport(int width, int height) {
			this.width = width;
			this.height = height;
		}
	}

	static final Path SCREENSHOTS = Path.of("docs/screenshots");
	/** What shows a time the server stamped: the app writes every such time in a {@code <time>}. */
	static final String MASK = "time";
	static final String MASK_COLOUR = "#d4d4d8";
	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private final Browser browser;
	private final String base;
	private final boolean fullPage;

	WebPages(Browser browser, String base) {
		this(browser, base, true);
	}

	private WebPages(Browser browser, String base, boolean fullPage) {
		this.browser = browser;
		this.base = base;
		this.fullPage = fullPage;
	}

	/**
	 * The same visits, with screenshots of what the viewport shows rather than the whole page: for a
	 * page that is not ours (the widget on a merchant's page), whose own overflowing content would
	 * otherwise fill the picture and push the widget into a corner of it.
	 */
	public WebPages viewportOnly() {
		return new WebPages(browser, base, false);
	}

	/** {@link #visit(String, String, Consumer, Viewport...)} at a phone's and at a desk's width. */
	public void visit(String path, String screenshot, Consumer<Page> check) {
		visit(path, screenshot, check, Viewport.values());
	}

	/**
	 * Opens {@code path} at each viewport, runs {@code check} on the page (Playwright's
	 * {@code assertThat(locator)} waits for the app to render), then screenshots and audits it.
	 */
	public void visit(String path, String screenshot, Consumer<Page> check, Viewport... viewports) {
		for (var viewport : viewports) {
			try (var context = browser.newContext(new Browser.NewContextOptions()
				.setViewportSize(viewport.width, viewport.height).setDeviceScaleFactor(1).setLocale("en-IN")
				.setTimezoneId("Asia/Kolkata").setReducedMotion(ReducedMotion.REDUCE))) {
				var page = context.newPage();
				var refusals = new ArrayList<String>();
				page.onPageError(error -> refusals.add("page error: " + error));
				// Console errors do not fail a visit, but a check that fails carries them: a flaky
				// "Something went wrong" is otherwise gone with the browser before anyone reads why.
				var consoleErrors = new ArrayList<String>();
				page.onConsoleMessage(message -> {
					if (message.text().contains("Content Security Policy")) {
						refusals.add("CSP: " + message.text());
					}
					else if ("error".equals(message.type())) {
						consoleErrors.add(message.text());
					}
				});
				page.navigate(base + path);
				try {
					check.accept(page);
				}
				catch (AssertionError | RuntimeException failed) {
					if (!refusals.isEmpty() || !consoleErrors.isEmpty()) {
						failed.addSuppressed(new AssertionError("what the page reported before the check failed: "
								+ refusals + " console errors: " + consoleErrors));
					}
					throw failed;
				}
				screenshot(page, SCREENSHOTS.resolve(screenshot + "-" + viewport.width + ".png"), fullPage);
				var violations = seriousViolations(page);
				assertThat(violations).as("serious or critical accessibility violations on %s at %d px", path,
						viewport.width).isEmpty();
				assertThat(refusals).as("page errors and CSP refusals on %s at %d px", path, viewport.width).isEmpty();
			}
		}
	}

	/**
	 * A full-page screenshot with animations and the caret stopped and the times masked (see the
	 * class comment): each becomes a grey box of one width, drawn by a style sheet rather than
	 * Playwright's mask, which would paint over a time scrolled out of its container too.
	 */
	public static void screenshot(Page page, Path path) {
		screenshot(page, path, true);
	}

	/** {@link #screenshot(Page, Path)}, of the whole page or of the viewport only. */
	public static void screenshot(Page page, Path path, boolean fullPage) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(fullPage).setAnimations(ScreenshotAnimations.DISABLED)
			.setCaret(com.microsoft.playwright.options.ScreenshotCaret.HIDE)
			.setStyle(MASK + " { color: transparent !important; background: " + MASK_COLOUR
					+ " !important; border-radius: 4px !important; display: inline-block !important; width: 4.5em !important;"
					+ " overflow: hidden !important; white-space: nowrap !important; vertical-align: middle !important; }")
			.setPath(path));
	}

	/** One line per serious or critical axe-core violation: rule, impact, what to do, which elements. */
	static List<String> seriousViolations(Page page) {
		var results = new AxeBuilder(page).analyze();
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
		}
		return results.getViolations().stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
			.map(WebPages::describe).toList();
	}

	private static String describe(Rule rule) {
		var targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
			.collect(Collectors.joining(", "));
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
	}
}
