package app.zetpay.support.shared;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds and writes RFC 9457 problem details with this product's stable {@code type} and
 * {@code code}. Filters and security handlers write through here, so a 401 from the token check
 * looks exactly like a 404 from a controller.
 */
@Component
public class Problems {

	private static final String TYPE_PREFIX = "urn:zetpay:support:problem:";

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		return withCode(problem, code);
	}

	/** Gives a problem its stable type URI and {@code code}; keeps any properties already set. */
	public static ProblemDetail withCode(ProblemDetail problem, String code) {
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setProperty("code", code);
		return problem;
	}

	/** The code a bare status gets when nothing more specific is known: 404 is {@code not-found}. */
	public static String codeFor(int status) {
		var known = HttpStatus.resolve(status);
		return known == null ? "error" : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static URI type(String code) {
		return URI.create(TYPE_PREFIX + code);
	}

	/** Writes a problem straight to the servlet response, for code that runs outside Spring MVC. */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
