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
 */
public final class WebPages {

	/** The widths the customer side (a phone, in the app's WebView) and the console (a desk) are used at. */
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
	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private final Browser browser;
	private final String base;

	WebPages(Browser browser, String base) {
		this.browser = browser;
		this.base = base;
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
				page.onConsoleMessage(message -> {
					if (message.text().contains("Content Security Policy")) {
						refusals.add("CSP: " + message.text());
					}
				});
				page.navigate(base + path);
				check.accept(page);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setAnimations(ScreenshotAnimations.DISABLED)
					.setPath(SCREENSHOTS.resolve(screenshot + "-" + viewport.width + ".png")));
				var violations = seriousViolations(page);
				assertThat(violations).as("serious or critical accessibility violations on %s at %d px", path,
						viewport.width).isEmpty();
				assertThat(refusals).as("page errors and CSP refusals on %s at %d px", path, viewport.width).isEmpty();
			}
		}
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
