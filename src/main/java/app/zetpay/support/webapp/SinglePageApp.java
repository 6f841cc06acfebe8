package app.zetpay.support.webapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.zetpay.support.shared.ProblemException;

/**
 * The web app's one page ({@code index.html} of the build, in {@code classpath:/static}) for every
 * route its router owns. It is revalidated at every load ({@code no-cache} with an ETag, so a
 * 304 costs a few bytes) and a release shows at once; the hashed files it names are cached for good
 * ({@link WebAppConfiguration}). Under those routes a last segment with a file extension is a file
 * that is not there, not a page: 404.
 */
@Controller
class SinglePageApp {

	static final String NOT_BUILT = "web-app-not-built";

	private static final Pattern FILE = Pattern.compile("\\.[A-Za-z0-9]{1,8}$");
	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final byte @Nullable [] page;
	private final @Nullable String etag;

	@Autowired
	SinglePageApp() {
		this(new ClassPathResource("static/index.html"));
	}

	SinglePageApp(Resource index) {
		if (!index.exists()) {
			this.page = null;
			this.etag = null;
			return;
		}
		try (var in = index.getInputStream()) {
			this.page = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the web app's " + index, e);
		}
		this.etag = "\"" + sha256(page).substring(0, 32) + "\"";
	}

	@GetMapping({ "/", "/support", "/support/**", "/agent", "/agent/**", "/admin", "/admin/**" })
	ResponseEntity<byte[]> page(HttpServletRequest request) {
		var path = request.getRequestURI();
		var last = path.substring(path.lastIndexOf('/') + 1);
		if (FILE.matcher(last).find()) {
			throw ProblemException.notFound("The file " + path);
		}
		if (page == null || etag == null) {
			throw new ProblemException(HttpStatus.NOT_FOUND, NOT_BUILT, "The web app is not in this build "
					+ "(built with -Dskip.web): build without that flag, or run `npm run dev` in web/. "
					+ "The API answers under /api (see /swagger-ui.html).");
		}
		// With the ETag set, Spring answers a matching If-None-Match with 304 and no body.
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).eTag(etag).body(page);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
