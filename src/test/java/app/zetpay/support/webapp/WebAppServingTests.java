package app.zetpay.support.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * The built web app as a browser gets it: its page on every route of its router, revalidated at
 * each load; its hashed files cached for good and compressed. Needs the web build in
 * classpath:/static (skipped with -Dskip.web, which SinglePageAppTests covers).
 */
@IntegrationTest
class WebAppServingTests {

	private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"(/assets/[^\"]+\\.js)\"");
	private static final Pattern STYLE = Pattern.compile("<link[^>]*\\shref=\"(/assets/[^\"]+\\.css)\"");

	@Autowired
	Api api;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void webAppIsBuilt() {
		assumeThat(new ClassPathResource("static/index.html").exists()).as("the web build (not -Dskip.web)").isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/support", "/support/", "/support/articles/refund-not-received", "/agent",
			"/agent/inbox/cnv_123", "/admin", "/admin/reports/week" })
	void everyRouteOfTheAppGetsItsPageRevalidatedAtEachLoad(String path) throws Exception {
		var page = get(path, null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(page.headers().firstValue("ETag")).isPresent();
		assertThat(new String(page.body())).contains("<div id=\"root\"></div>");
	}

	@Test
	void anUnchangedPageIsNotSentAgain() throws Exception {
		var etag = get("/support", null).headers().firstValue("ETag").orElseThrow();

		var again = http.send(request("/support/tickets").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void thePageMayRunOnlyItsOwnScripts() throws Exception {
		var page = get("/support", null);
		var html = new String(page.body());

		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self';").contains("connect-src 'self'").contains("font-src 'self' data:"));
		// Vite writes no inline script: every <script> has a src, so script-src 'self' lets the app run.
		assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find()).isFalse();
	}

	@Test
	void hashedScriptsAreCachedForAYearAndCompressed() throws Exception {
		var script = asset(SCRIPT);
		var plain = get(script, null);

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

		var brotli = get(script, "br, gzip");
		assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
		assertThat(brotli.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
		assertThat(brotli.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(brotli.body().length).isLessThan(plain.body().length / 2);

		var gzip = get(script, "gzip");
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
	}

	@Test
	void eachClientGetsTheCopyItsOwnEncodingsAllow() throws Exception {
		// The style sheet: no other test asks for it with these encodings, so nothing is cached before.
		var style = asset(STYLE);

		// Chromium lists gzip before br, and gets one of them; a client that lists br first must still
		// get br. (Spring's resolver cache keyed both lists alike and handed it Chromium's gzip copy.)
		assertThat(get(style, "gzip, deflate, br, zstd").headers().firstValue("Content-Encoding")).isPresent();
		assertThat(get(style, "br, gzip").headers().firstValue("Content-Encoding")).hasValue("br");
	}

	@Test
	void styleSheetsToo() throws Exception {
		var style = get(asset(STYLE), "br");

		assertThat(style.statusCode()).isEqualTo(200);
		assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
		assertThat(style.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
	}

	@Test
	void aMissingAssetIsAProblemThatIsNotCached() throws Exception {
		var missing = api.get("/assets/index-00000000.js", null);

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.body().get("code").asString()).isEqualTo("not-found");
		assertThat(missing.header("Cache-Control")).doesNotContain("immutable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/support/logo.png", "/agent/app.js", "/admin/favicon.ico" })
	void aFileNameUnderTheAppsRoutesIsAMissingFileNotAPage(String path) {
		var missing = api.get(path, null);

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.body().get("code").asString()).isEqualTo("not-found");
	}

	@Test
	void theApiIsNotThePage() {
		var api = this.api.get("/api/nothing-here", null);

		assertThat(api.status()).isEqualTo(401);
		assertThat(api.contentType()).startsWith("application/problem+json");
	}

	private String asset(Pattern pattern) throws Exception {
		var matcher = pattern.matcher(new String(get("/support", null).body()));
		assertThat(matcher.find()).as("the page names an asset matching " + pattern).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
		var request = request(path);
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(api.uri(path)).GET();
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}
}
