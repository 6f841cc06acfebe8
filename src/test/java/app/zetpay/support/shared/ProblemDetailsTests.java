package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/** Every kind of bad input gets a 4xx problem+json with a stable code, never a 500. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsTests {

	@Autowired
	Api api;

	String customer() {
		return api.customerToken("problem-tester", "Priya");
	}

	@Test
	void unknownRouteIsNotFound() {
		var response = api.get("/api/no-such-thing", customer());

		assertProblem(response, 404, "not-found");
	}

	@Test
	void unknownRouteOutsideTheApiIsNotFound() {
		var response = api.get("/no-such-page.txt", null);

		assertProblem(response, 404, "not-found");
	}

	@Test
	void wrongMethodIsMethodNotAllowed() {
		var response = api.send("DELETE", "/api/auth/login", null, null, HttpRequest.BodyPublishers.noBody());

		assertProblem(response, 405, "method-not-allowed");
		assertThat(response.header("Allow")).contains("POST");
	}

	@Test
	void multipartWithoutABoundaryIsBadRequest() {
		var response = api.send("POST", "/api/chat/cnv_00000000000000000000000000000000/hand-back", customer(),
				"multipart/form-data", HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; "
						+ "name=\"file\"\r\n\r\nabc"));

		assertProblem(response, 400, "malformed-request");
	}

	@Test
	void malformedJsonIsBadRequest() {
		var response = api.post("/api/auth/login", null, "{\"email\": ");

		assertProblem(response, 400, "malformed-request");
		assertThat(response.body().get("detail").asString()).contains("not valid JSON");
	}

	@Test
	void missingBodyIsBadRequest() {
		var response = api.send("POST", "/api/auth/login", null, "application/json",
				HttpRequest.BodyPublishers.noBody());

		assertProblem(response, 400, "malformed-request");
	}

	@Test
	void wrongFieldTypeNamesTheField() {
		var response = api.post("/api/auth/login", null, "{\"email\": {\"nested\": 1}, \"password\": \"x\"}");

		assertProblem(response, 400, "malformed-request");
		assertThat(response.body().get("detail").asString()).contains("email");
	}

	@Test
	void validationFailureListsTheOffendingFields() {
		var response = api.post("/api/auth/login", null, "{\"email\": \"\"}");

		assertProblem(response, 400, "validation-failed");
		assertThat(response.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("email",
				"password");
	}

	@Test
	void unsupportedContentTypeIsRefused() {
		var response = api.send("POST", "/api/auth/login", null, "text/plain",
				HttpRequest.BodyPublishers.ofString("hello"));

		assertProblem(response, 415, "unsupported-media-type");
	}

	@Test
	void oversizeBodyWithContentLengthIsContentTooLarge() {
		var response = api.post("/api/auth/login", null, bigJson());

		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void oversizeChunkedBodyIsContentTooLarge() {
		// No Content-Length: the limit has to be enforced while reading.
		Supplier<InputStream> body = () -> new ByteArrayInputStream(bigJson().getBytes(StandardCharsets.UTF_8));
		var response = api.send("POST", "/api/auth/login", null, "application/json",
				HttpRequest.BodyPublishers.ofInputStream(body));

		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void missingTokenIsUnauthorized() {
		var response = api.get("/api/me", null);

		assertProblem(response, 401, "unauthorized");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void garbageTokenIsUnauthorized() {
		var response = api.get("/api/me", "not-a-jwt");

		assertProblem(response, 401, "invalid-token");
		// The parser's reason (which part, which library) is not the caller's business.
		assertThat(response.body().get("detail").asString()).doesNotContainIgnoringCase("jwt")
			.doesNotContainIgnoringCase("serialization");
		assertThat(response.header("WWW-Authenticate")).contains("invalid_token")
			.doesNotContainIgnoringCase("jwt").doesNotContainIgnoringCase("serialization");
	}

	@Test
	void customerOnAdminRouteIsForbidden() {
		var response = api.get("/api/admin/agents", customer());

		assertProblem(response, 403, "forbidden");
	}

	@Test
	void rejectedUrlIsBadRequestNotServerError() throws Exception {
		// Spring Security's firewall refuses encoded traversal; the container then renders /error.
		try (var socket = new Socket("localhost", api.uri("/").getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/me/%2e%2e/admin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			var reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(reply).startsWith("HTTP/1.1 400");
			assertThat(reply).doesNotContain("Exception");
		}
	}

	@Test
	void undecodableQueryIsBadRequestAndNoErrorIsLogged(CapturedOutput output) {
		var agent = new AgentFixtures(api).token(new AgentFixtures(api).create("Percent", "AGENT"));

		var faqs = api.get("/api/support/faqs?query=%ff", null);
		var tickets = api.get("/api/tickets?q=%ff", agent);
		var truncated = api.get("/api/support/faqs?query=%e2%82", null);

		assertProblem(faqs, 400, "malformed-request");
		assertProblem(tickets, 400, "malformed-request");
		assertProblem(truncated, 400, "malformed-request");
		assertThat(output.getAll()).doesNotContain("Unexpected error").doesNotContain(" ERROR ");
	}

	@Test
	void nulInThePathIsABadRequestProblem(CapturedOutput output) throws Exception {
		var reply = rawGet("/api/support/faqs/%00");

		assertThat(reply).startsWith("HTTP/1.1 400");
		assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(reply).contains("\"code\":\"malformed-request\"").doesNotContain("<html");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void undecodableEscapeInThePathIsABadRequestProblem() throws Exception {
		var reply = rawGet("/api/support/faqs/%ff%fe");

		assertThat(reply).startsWith("HTTP/1.1 400");
		assertThat(reply).containsIgnoringCase("Content-Type: application/problem+json").doesNotContain("<html");
	}

	private String rawGet(String path) throws Exception {
		try (var socket = new Socket("localhost", api.uri("/").getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String bigJson() {
		return "{\"email\": \"" + "a".repeat(300_000) + "\", \"password\": \"x\"}";
	}

	static void assertProblem(Api.Response response, int status, String code) {
		assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("status").asInt()).isEqualTo(status);
		assertThat(response.body().get("code").asString()).isEqualTo(code);
		assertThat(response.body().get("type").asString()).isEqualTo("urn:zetpay:support:problem:" + code);
		assertThat(response.body().get("detail").asString()).isNotBlank();
	}
}
