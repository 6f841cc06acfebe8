package app.zetpay.support.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import app.zetpay.support.shared.ControlCharacters;
import app.zetpay.support.shared.Problems;

/**
 * Checks the request line before anything reads it. A query string that does not decode as UTF-8
 * ({@code ?query=%ff}) is a 400: Tomcat only finds out when the first parameter is read, wherever
 * that happens, and throws (it surfaced as a 500 with a stack trace at ERROR on every such request).
 * A path or query with {@link ControlCharacters} is a 400 too: request parameters and path
 * variables are ids and search terms, where they are never meant, and they would otherwise reach
 * the database (where PostgreSQL refuses NUL) or a log line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLineFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestLineFilter.class);

	private final Problems problems;

	RequestLineFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var query = request.getQueryString();
		var decodedQuery = query == null ? "" : decode(query);
		if (decodedQuery == null) {
			refuse(request, response, "The query string has a percent-escape that is not valid UTF-8.");
			return;
		}
		var path = decode(request.getRequestURI().replace("+", "%2B"));
		if (ControlCharacters.present(decodedQuery) || path == null || ControlCharacters.present(path)) {
			refuse(request, response, "The address has control characters in it.");
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
		log.debug("Refused the request line of {} {}: {}", request.getMethod(), request.getRequestURI(), detail);
		problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", detail));
	}

	/**
	 * The query string percent-decoded as UTF-8, or null when an escape is cut short or the bytes
	 * are not UTF-8. Decoding it whole is enough: {@code &} and {@code =} are single ASCII bytes, so
	 * no valid sequence spans a parameter boundary.
	 */
	static @Nullable String decode(String query) {
		var bytes = new ByteArrayOutputStream(query.length());
		for (int i = 0; i < query.length(); i++) {
			var c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length()) {
					return null;
				}
				var high = Character.digit(query.charAt(i + 1), 16);
				var low = Character.digit(query.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write(high << 4 | low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes.toByteArray()))
					.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}
}
