package app.zetpay.support.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test in a real browser: the whole app with its web build on a random port (the context the
 * {@link IntegrationTest}s share), the machine's headless Chromium ({@code /usr/bin/chromium}, driven
 * by Playwright; nothing downloads a browser), and a {@link WebPages} parameter that opens a page at a
 * phone's and a desk's width, saves screenshots to {@code docs/screenshots/} and fails on serious
 * accessibility violations (axe-core) and on anything the page's Content-Security-Policy refused.
 * Find things as a screen reader would, by role and accessible name, so a test survives a redesign.
 *
 * <p>Without Chromium, or without the web build (-Dskip.web), these tests are skipped with the
 * reason; under {@code -Dsupport.test.require-browser=true} (as {@code .ci/run} sets it) they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(Browsers.class)
@Tag("browser")
public @interface BrowserTest {
}
