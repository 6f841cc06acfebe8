package app.zetpay.support.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The {@link BrowserTest} extension: decides whether browser tests can run here, starts Playwright
 * and Chromium once for the whole test run (closed at its end), and hands each test its
 * {@link WebPages} on the running app.
 */
class Browsers implements ExecutionCondition, ParameterResolver {

	private static final Logger log = LoggerFactory.getLogger(Browsers.class);

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	/** Set by CI: there Chromium is installed and the web app built, so a skip would hide a fault. */
	static final String REQUIRE_BROWSER = "support.test.require-browser";
	/** The flags this machine's closed network needs (no calls home) besides Playwright's own. */
	static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		var result = evaluate(Files.isExecutable(CHROMIUM), new ClassPathResource("static/index.html").exists(),
				Boolean.getBoolean(REQUIRE_BROWSER));
		result.getReason().filter(reason -> result.isDisabled())
			.ifPresent(reason -> log.warn("Skipped {}: {}", context.getDisplayName(), reason));
		return result;
	}

	static ConditionEvaluationResult evaluate(boolean chromium, boolean webBuild, boolean required) {
		String missing = !chromium ? "there is no Chromium at " + CHROMIUM + " (apt-get install chromium)"
				: !webBuild ? "the web build is not on the class path (built with -Dskip.web?)" : null;
		if (missing == null) {
			return ConditionEvaluationResult.enabled("Chromium and the web build are here");
		}
		if (required) {
			// Thrown from a condition, this is reported as the test's failure, not as a skip.
			throw new IllegalStateException("Browser tests are required (-D" + REQUIRE_BROWSER + "=true) but " + missing);
		}
		return ConditionEvaluationResult.disabled("Browser test skipped: " + missing);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == WebPages.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		var port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		var browser = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> Chromium.start(),
				Chromium.class);
		return new WebPages(browser.browser(), "http://localhost:" + port);
	}

	/** Playwright with the machine's Chromium, shared by every browser test and closed after the last. */
	record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

		static Chromium start() {
			var playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			try {
				var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
					.setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
				log.info("Browser tests run in Chromium {}", browser.version());
				return new Chromium(playwright, browser);
			}
			catch (RuntimeException e) {
				playwright.close();
				throw e;
			}
		}

		@Override
		public void close() {
			browser.close();
			playwright.close();
		}
	}
}
