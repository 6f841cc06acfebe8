package app.zetpay.support.shared;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A value object refused its input. Rendered exactly like bean-validation failures, so a client
 * sees one shape for "this field is wrong" wherever the check happened.
 */
public final class InvalidFieldException extends ProblemException {

	public InvalidFieldException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "validation-failed", "The request has invalid fields: " + field + ".",
				Map.of("errors", List.of(Map.of("field", field, "message", message))));
	}
}
