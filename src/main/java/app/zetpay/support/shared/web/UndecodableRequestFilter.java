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

import app.zetpay.support.shared.Problems;

/**
 * Refuses a query string that does not decode as UTF-8 ({@code ?query=%ff}) with 400 before
 * anything reads a parameter. Tomcat only finds out when the first parameter is read, wherever that
 * happens, and throws: it surfaced as a 500 with a stack trace at ERROR on every such request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UndecodableRequestFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UndecodableRequestFilter.class);

	private final Problems problems;

	UndecodableRequestFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var query = request.getQueryString();
		if (query != null && decode(query) == null) {
			log.debug("Refused an undecodable query string on {}", request.getRequestURI());
			problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
					"The query string has a percent-escape that is not valid UTF-8."));
			return;
		}
		chain.doFilter(request, response);
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
