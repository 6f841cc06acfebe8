package app.zetpay.support.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import app.zetpay.support.shared.Problems;

/**
 * Tomcat's last word on an error nothing else rendered: requests it refuses before any filter or
 * error page runs ({@code %00} or bytes that are not UTF-8 in the path, a malformed request line).
 * Its stock valve answers with an HTML page; this one answers problem+json like everything else,
 * with fixed texts only (Tomcat's message can quote the offending input).
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		var statusCode = response.getStatus();
		if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		var status = HttpStatus.resolve(statusCode);
		var code = status == HttpStatus.BAD_REQUEST ? "malformed-request" : Problems.codeFor(statusCode);
		var detail = status == HttpStatus.BAD_REQUEST ? "The request's address or headers could not be read."
				: status != null && status.is4xxClientError() ? status.getReasonPhrase()
						: "Something went wrong on our side.";
		var body = "{\"type\":\"" + Problems.type(code) + "\",\"title\":\""
				+ (status == null ? "Error" : status.getReasonPhrase()) + "\",\"status\":" + statusCode
				+ ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			var bytes = body.getBytes(StandardCharsets.UTF_8);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// The client has gone or the response is already closed: nothing more to say.
		}
	}
}
