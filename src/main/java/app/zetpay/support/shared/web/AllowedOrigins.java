package app.zetpay.support.shared.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Which other origins' pages may use this service from a browser: call {@code /api} (CORS) and open
 * the chat socket {@code /ws} (its handshake's {@code Origin}). They are where the chat widget is
 * embedded with its one {@code <script>} tag, from {@code support.web.allowed-origins}: each
 * {@code scheme://host[:port]}, with {@code *} for any part of the host ({@code https://*.zetpay.in}),
 * or {@code *} alone for any origin. Empty (the default): this origin only, which is all the web app
 * served from here needs.
 *
 * <p>Nothing is shared with those pages that a token does not already give: the API and the socket
 * take a bearer token, never a cookie (the one cookie, sign-in's device mark, is {@code SameSite=Strict}
 * and not sent cross-site), so credentials are not allowed and no preflight can carry them.
 */
@Component
public class AllowedOrigins {

	private static final Pattern ORIGIN = Pattern.compile("\\*|https?://[^/?#\\s]+");

	private final List<String> patterns;

	@Autowired
	AllowedOrigins(WebProperties properties) {
		this(properties.allowedOrigins());
	}

	AllowedOrigins(List<String> configured) {
		var patterns = new ArrayList<String>();
		for (var entry : configured) {
			var origin = entry.strip();
			origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
			if (origin.isEmpty()) {
				continue;
			}
			if (!ORIGIN.matcher(origin).matches()) {
				throw new IllegalArgumentException("support.web.allowed-origins: '" + entry + "' is not an origin; "
						+ "write scheme://host[:port] (a * may stand for part of the host), or * for any");
			}
			patterns.add(origin);
		}
		this.patterns = List.copyOf(patterns);
	}

	/** Origin patterns besides this service's own; empty: none. */
	public List<String> patterns() {
		return patterns;
	}

	/**
	 * CORS for {@code /api/**}: the allowed origins may send any method and header the API takes and
	 * read {@code Retry-After} and {@code Location}; preflights are cached for an hour. No origin
	 * configured: no CORS answer at all, so browsers keep other pages out.
	 */
	public CorsConfigurationSource forApi() {
		var source = new UrlBasedCorsConfigurationSource();
		if (patterns.isEmpty()) {
			return source;
		}
		var cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(patterns);
		cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		cors.setAllowedHeaders(List.of(CorsConfiguration.ALL));
		cors.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		source.registerCorsConfiguration("/api/**", cors);
		return source;
	}
}
