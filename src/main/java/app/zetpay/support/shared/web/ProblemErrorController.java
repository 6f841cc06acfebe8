package app.zetpay.support.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.shared.Problems;

/**
 * Renders errors that never reached a controller (rejected URLs, container errors) as
 * problem+json, replacing Boot's whitelabel/JSON error body with the same shape as everywhere else.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		var status = resolve(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
		var code = Problems.codeFor(status.value());
		var detail = status.is5xxServerError() ? "Something went wrong on our side." : detailFor(request, status);
		return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(status, code, detail));
	}

	private static String detailFor(HttpServletRequest request, HttpStatus status) {
		var message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return message instanceof String text && !text.isBlank() ? text : status.getReasonPhrase();
	}

	private static HttpStatus resolve(Object code) {
		if (code instanceof Integer value) {
			var status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
