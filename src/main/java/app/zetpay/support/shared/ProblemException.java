package app.zetpay.support.shared;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure a caller can act on. Modules throw subclasses (or this class) and the web layer turns
 * them into problem+json with the stable {@link #code()}; the status is part of the contract, so it
 * lives with the exception rather than in a mapping table far away.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final Map<String, Object> properties;

	public ProblemException(HttpStatus status, String code, String detail) {
		this(status, code, detail, Map.of());
	}

	public ProblemException(HttpStatus status, String code, String detail, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.code = code;
		this.properties = Map.copyOf(properties);
	}

	public static ProblemException notFound(String what) {
		return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " was not found");
	}

	public static ProblemException conflict(String code, String detail) {
		return new ProblemException(HttpStatus.CONFLICT, code, detail);
	}

	public static ProblemException badRequest(String code, String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, detail);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
