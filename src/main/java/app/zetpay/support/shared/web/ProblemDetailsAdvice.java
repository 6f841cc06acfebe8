package app.zetpay.support.shared.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Problems;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every error a controller can raise leaves as problem+json with a stable {@code code}. Bad input
 * is always a 4xx; only a bug in our code is a 500, and then the caller gets a reference to quote,
 * not a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		var problem = Problems.of(ex.status(), ex.code(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		var response = ResponseEntity.status(ex.status());
		if (ex.properties().get(ProblemException.RETRY_AFTER) instanceof Number seconds) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		return response.body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
		var errors = ex.getConstraintViolations().stream()
				.map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
				.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	/** A race lost to a concurrent request (both passed the checks, the database kept one). */
	@ExceptionHandler({ DuplicateKeyException.class, ConcurrencyFailureException.class })
	ResponseEntity<ProblemDetail> handleDuplicate(Exception ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "conflict",
				"Another request changed this at the same moment. Retry."));
	}

	/** The database was too busy to answer in time (a lock wait, a timeout): worth a retry. */
	@ExceptionHandler(TransientDataAccessException.class)
	ResponseEntity<ProblemDetail> handleTransient(TransientDataAccessException ex) {
		log.warn("Transient database failure: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
				.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "We are busy right now. Retry in a moment."));
	}

	/**
	 * Parameters Tomcat could not decode (a form body's; the query string is checked before, by
	 * {@link RequestLineFilter}): the client's mistake, not worth more than a DEBUG line.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> handleUndecodableParameter(InvalidParameterException ex) {
		log.debug("Undecodable request parameter: {}", ex.getMessage());
		return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
				"A request parameter has a percent-escape that is not valid UTF-8."));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this."));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> handleAuthentication(AuthenticationException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in to do this."));
	}

	/** A body declared multipart that does not parse as one (no boundary, truncated parts). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> handleBrokenMultipart(MultipartException ex) {
		log.debug("Unreadable multipart body: {}", ex.getMessage());
		return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
				"The body is not a readable multipart/form-data request (check the boundary and the parts)."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		var reference = UUID.randomUUID().toString();
		log.error("Unexpected error, reference {}", reference, ex);
		var problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Something went wrong on our side. Quote reference " + reference + " if you contact us.");
		problem.setProperty("reference", reference);
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = ex.getBindingResult().getFieldErrors().stream()
				.map(e -> new FieldProblem(e.getField(), message(e)))
				.toList();
		return ResponseEntity.badRequest().headers(headers).body(validationProblem(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = ex.getParameterValidationResults().stream()
				.flatMap(result -> result.getResolvableErrors().stream()
						.map(error -> new FieldProblem(
								result.getMethodParameter().getParameterName() == null ? "parameter"
										: result.getMethodParameter().getParameterName(),
								error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())))
				.toList();
		return ResponseEntity.badRequest().headers(headers).body(validationProblem(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var tooLarge = findCause(ex, RequestBodyTooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers)
					.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", tooLarge.getMessage()));
		}
		return ResponseEntity.badRequest().headers(headers)
				.body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", describeUnreadable(ex)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		var problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(statusCode);
		var code = codeFor(ex, statusCode);
		Problems.withCode(problem, code);
		if (problem.getDetail() == null || problem.getDetail().isBlank()) {
			problem.setDetail(defaultDetail(ex, code));
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	private static String codeFor(Exception ex, HttpStatusCode status) {
		return switch (ex) {
			case NoResourceFoundException e -> "not-found";
			case HttpRequestMethodNotSupportedException e -> "method-not-allowed";
			case HttpMediaTypeNotSupportedException e -> "unsupported-media-type";
			case HttpMediaTypeNotAcceptableException e -> "not-acceptable";
			case MissingServletRequestParameterException e -> "missing-parameter";
			case MaxUploadSizeExceededException e -> "payload-too-large";
			case org.springframework.beans.TypeMismatchException e -> "invalid-parameter";
			default -> Problems.codeFor(status.value());
		};
	}

	private static String defaultDetail(Exception ex, String code) {
		return switch (ex) {
			case NoResourceFoundException e -> "There is nothing at " + e.getResourcePath() + ".";
			case HttpRequestMethodNotSupportedException e -> "This address does not accept " + e.getMethod()
					+ (e.getSupportedHttpMethods() == null ? "." : "; use " + e.getSupportedHttpMethods() + ".");
			case HttpMediaTypeNotSupportedException e -> "Send the body as one of " + e.getSupportedMediaTypes() + ".";
			case HttpMediaTypeNotAcceptableException e -> "This address answers only " + e.getSupportedMediaTypes() + ".";
			default -> code.replace('-', ' ');
		};
	}

	private static ProblemDetail validationProblem(List<FieldProblem> errors) {
		var problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed",
				errors.isEmpty() ? "The request is invalid."
						: "The request has invalid fields: " + String.join(", ",
								errors.stream().map(FieldProblem::field).distinct().toList()) + ".");
		problem.setTitle("Bad Request");
		problem.setProperty("errors", errors.stream()
				.map(e -> Map.of("field", e.field(), "message", e.message()))
				.toList());
		return problem;
	}

	private static String describeUnreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			var field = databind.getPath().stream()
					.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
					.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
					.orElse("body");
			return "The field '" + field + "' has the wrong type or format.";
		}
		if (ex.getCause() instanceof JacksonException) {
			return "The request body is not valid JSON.";
		}
		return "The request body is missing or unreadable.";
	}

	private static String message(FieldError error) {
		return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
	}

	private static String lastNode(String path) {
		var dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static <T extends Throwable> @Nullable T findCause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	record FieldProblem(String field, String message) {
	}
}
