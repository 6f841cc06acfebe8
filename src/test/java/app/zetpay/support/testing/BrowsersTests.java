package app.zetpay.support.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** When browser tests run, and that their accessibility audit really finds what it must. */
class BrowsersTests {

	@Test
	void runsWithChromiumAndTheWebBuild() {
		assertThat(Browsers.evaluate(true, true, false).isDisabled()).isFalse();
		assertThat(Browsers.evaluate(true, true, true).isDisabled()).isFalse();
	}

	@Test
	void skipsSayingWhatIsMissing() {
		assertThat(Browsers.evaluate(false, true, false).getReason())
			.hasValueSatisfying(reason -> assertThat(reason).contains("/usr/bin/chromium"));
		assertThat(Browsers.evaluate(true, false, false).getReason())
			.hasValueSatisfying(reason -> assertThat(reason).contains("-Dskip.web"));
		assertThat(Browsers.evaluate(false, false, false).isDisabled()).isTrue();
	}

	@Test
	void failsInsteadWhenBrowserTestsAreRequired() {
		assertThatIllegalStateException().isThrownBy(() -> Browsers.evaluate(false, true, true))
			.withMessageContaining("-Dsupport.test.require-browser=true").withMessageContaining("chromium");
		assertThatIllegalStateException().isThrownBy(() -> Browsers.evaluate(true, false, true))
			.withMessageContaining("-Dskip.web");
	}

	@Test
	void theAuditListsSeriousViolationsWithTheirElements() {
		var chromium = Files.isExecutable(Browsers.CHROMIUM);
		if (!chromium) {
			Browsers.evaluate(false, true, Boolean.getBoolean(Browsers.REQUIRE_BROWSER)); // fails when required
		}
		assumeThat(chromium).as("Chromium at " + Browsers.CHROMIUM).isTrue();

		try (var browser = Browsers.Chromium.start(); var context = browser.browser().newContext()) {
			var page = context.newPage();
			page.setContent("<!doctype html><html lang=en><title>t</title><main><h1>Broken</h1>"
					+ "<img id=photo src=data:image/gif;base64,R0lGODlhAQABAAAAACw= >"
					+ "<button id=send></button></main></html>");

			var violations = WebPages.seriousViolations(page);

			assertThat(violations).anySatisfy(line -> assertThat(line).startsWith("image-alt (critical)").contains("#photo"))
				.anySatisfy(line -> assertThat(line).startsWith("button-name (critical)").contains("#send"));
		}
	}
}
