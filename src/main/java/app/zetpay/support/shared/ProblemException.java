package app.zetpay.support.shared;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure a caller can act on. Modules throw subclasses (or this class) and the web layer turns
 * them into problem+json with the stable {@link #code()}; the status is part of the contract, so it
 * lives with the exception rather than in a mapping table far away.
 */
public class ProblemException extends RuntimeException {

	/** The property of a 429 that says in how many seconds to try again. */
	public static final String RETRY_AFTER = "retryAfter";

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

	/**
	 * 429 with {@code retryAfter}: whole seconds until the caller may try again (at least 1, rounded up
	 * so a client that waits exactly that long is not refused again). The web layer also sends it as
	 * the {@code Retry-After} header, the socket in its {@code error} frame.
	 */
	public static ProblemException tooManyRequests(String code, String detail, Duration retryAfter) {
		var seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, code, detail, Map.of(RETRY_AFTER, seconds));
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
