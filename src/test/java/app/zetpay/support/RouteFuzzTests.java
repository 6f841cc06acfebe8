package app.zetpay.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MappedRoute;
import app.zetpay.support.testing.SocketClient;

/**
 * A seeded fuzz of every route this application maps (found from the handler mappings, so a new
 * route is fuzzed without anyone listing it) and of every socket frame type: broken and deep JSON,
 * invalid UTF-8, NUL and control characters, oversized bodies, raw percent-escapes in paths and
 * query strings, wrong content types, as anonymous, customer, agent and admin. Nothing may answer
 * 5xx (but a 503 problem for a dependency that is down), every 4xx must be problem+json, and no
 * frame may fail on the server's side.
 * Set {@code -Dsupport.fuzz.seed=N} to replay a run; each failure names its request.
 */
@IntegrationTest
class RouteFuzzTests {

	private static final long SEED = Long.getLong("support.fuzz.seed", 20261204L);
	private static final int CASES_PER_ROUTE = Integer.getInteger("support.fuzz.cases", 40);
	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
	private static final List<String> FIELDS = List.of("text", "description", "issueType", "email", "password",
			"roles", "teams", "name", "availability", "toAgentId", "toTeam", "note", "status", "priority", "tags",
			"team", "assigneeId", "rating", "comment", "clientMessageId", "title", "body", "categorySlug", "query",
			"examples", "transactionId", "eventId", "context", "attachments", "helpful", "reason", "targetTicketId",
			"chatId", "maxConcurrentChats", "enabled", "imageUrl", "type", "receiverId", "answer", "keywords");

	@Autowired
	Api api;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void noRouteAnswersAServerErrorToMalformedInput() throws Exception {
		var random = new Random(SEED);
		var agents = new AgentFixtures(api);
		var customerId = "fuzz-" + UUID.randomUUID();
		var customer = api.customerToken(customerId, "Fuzz Customer");
		var tokens = new ArrayList<String>();
		tokens.add(null);
		tokens.add(customer);
		tokens.add(agents.token(agents.create("Fuzz Agent", "AGENT", "SUPERVISOR")));
		tokens.add(agents.adminToken());
		tokens.add("not.a.jwt");
		// Real ids too, so a fuzzed request can get past "not found" into the code behind it.
		var chatId = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
		var ticketId = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Fuzz",
				"description", "fuzzing")).body().path("id").asString();
		var ids = List.of(chatId, ticketId, customerId, "refund-not-received", "1", "0", "-1", "x", "%ff", "%00",
				"%25", "..", "%2e%2e", "a".repeat(300), "😀", "' OR 1=1 --", "%E2%82", "null", "9999999999999999999999");

		var routes = MappedRoute.all(mappings);
		assertThat(routes).hasSizeGreaterThan(50);
		var failures = new ArrayList<String>();
		int requests = 0;
		for (var route : routes) {
			for (int i = 0; i < CASES_PER_ROUTE; i++) {
				var path = fill(route.pattern(), ids, random) + query(random);
				var token = tokens.get(random.nextInt(tokens.size()));
				var body = body(route.method(), random);
				var request = HttpRequest.newBuilder(URI.create(api.uri("/").toString().replaceAll("/$", "") + path))
						.timeout(Duration.ofSeconds(30))
						.method(route.method(), body.bytes() == null ? HttpRequest.BodyPublishers.noBody()
								: HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
				if (body.contentType() != null) {
					request.header("Content-Type", body.contentType());
				}
				if (token != null) {
					request.header("Authorization", "Bearer " + token);
				}
				var described = route.method() + " " + abbreviate(path) + " [" + body.description() + "]";
				HttpResponse<java.io.InputStream> response;
				try {
					// Streams (progress events) never end: the status and the first bytes are enough.
					response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
							.get(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
					failures.add("no answer (" + e + ") " + described);
					continue;
				}
				var type = response.headers().firstValue("Content-Type").orElse("");
				String start;
				try (var stream = response.body()) {
					start = type.startsWith("text/event-stream") ? ""
							: new String(stream.readAllBytes(), StandardCharsets.UTF_8);
				}
				requests++;
				var status = response.statusCode();
				// 503 is the one deliberate 5xx: a dependency that is down or not configured (the payments
				// system in the production profile's tests), said as a problem.
				var dependencyDown = status == 503 && type.startsWith("application/problem+json");
				if (status >= 500 && !dependencyDown) {
					failures.add(status + " " + described + " " + abbreviate(start));
				}
				else if (status >= 400 && !type.startsWith("application/problem+json")) {
					failures.add(status + " not problem+json (" + type + ") " + described);
				}
			}
		}
		api.closeChatsOf(customer);
		System.out.printf("Route fuzz: %d routes, %d requests, seed %d, %d failures%n", routes.size(), requests, SEED,
				failures.size());
		assertThat(failures).as("seed %d", SEED).isEmpty();
	}

	@Test
	void noSocketFrameFailsOnTheServersSide() {
		var random = new Random(SEED);
		var types = List.of("authenticate", "reauthenticate", "ping", "send_message", "resume", "typing", "read",
				"nonsense", "");
		var failures = new ArrayList<String>();
		for (var type : types) {
			var customer = api.customerToken("fuzz-" + UUID.randomUUID(), "Socket Fuzz");
			var chatId = api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id").asString();
			var socket = SocketClient.authenticated(api, customer);
			try {
				for (int i = 0; i < 25; i++) {
					var frame = frame(type, chatId, random);
					socket.send(frame);
					// A frame the socket survives is followed by the answer to a ping (or the ping's own
					// rate limit); one it does not survive closes it with a policy code, never 1011.
					// The server may close the socket for the frame before the ping goes out.
					if (socket.trySend("{\"type\":\"ping\"}")) {
						try {
							socket.next(f -> {
								if ("internal-error".equals(f.path("payload").path("code").asString())) {
									failures.add("internal-error for " + abbreviate(frame));
								}
								return f.path("type").asString().equals("pong")
										|| "ping".equals(f.path("payload").path("frame").asString());
							}, "the ping's answer");
						}
						catch (AssertionError noAnswer) {
							if (socket.isOpen()) {
								failures.add("no answer to ping after " + abbreviate(frame));
							}
						}
					}
					if (!socket.isOpen()) {
						if (socket.closeCode() == 1011) {
							failures.add("server error close for " + abbreviate(frame));
						}
						socket.close();
						// A new user each time: authenticating is itself rate limited per user.
						socket = SocketClient.authenticated(api, api.customerToken("fuzz-" + UUID.randomUUID(), "Again"));
					}
				}
			}
			finally {
				socket.close();
				api.closeChatsOf(customer);
			}
		}
		assertThat(failures).as("seed %d", SEED).isEmpty();
	}

	private static String fill(String pattern, List<String> ids, Random random) {
		var matcher = VARIABLE.matcher(pattern);
		var result = new StringBuilder();
		while (matcher.find()) {
			var value = ids.get(random.nextInt(ids.size()));
			matcher.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(
					value.startsWith("%") ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String query(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> "?query=%ff";
			case 1 -> "?q=%ff%fe";
			case 2 -> "?limit=-1&offset=-5";
			case 3 -> "?limit=99999999999999999999";
			case 4 -> "?status=NOPE&priority=%00";
			case 5 -> "?q=%25_%25";
			case 6 -> "?afterSeq=abc&before=yesterday";
			case 7 -> "?query=" + "a".repeat(3000);
			case 8 -> "?screen=%E2%82&language=xx";
			case 9 -> "?page=1e99&size=0";
			default -> "";
		};
	}

	record Body(byte[] bytes, String contentType, String description) {
	}

	private static Body body(String method, Random random) {
		if (method.equals("GET") || method.equals("DELETE")) {
			return new Body(null, null, "none");
		}
		return switch (random.nextInt(14)) {
			case 0 -> new Body("{".getBytes(), "application/json", "truncated JSON");
			case 1 -> new Body("[]".getBytes(), "application/json", "array");
			case 2 -> new Body("null".getBytes(), "application/json", "null");
			case 3 -> new Body(("[".repeat(5000) + "]".repeat(5000)).getBytes(), "application/json", "deep array");
			case 4 -> new Body(("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(), "application/json",
					"deep object");
			case 5 -> new Body(new byte[] { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"',
					'}' }, "application/json", "invalid UTF-8");
			case 6 -> new Body(("{\"text\":\"" + "x".repeat(300_000) + "\"}").getBytes(), "application/json",
					"oversized");
			case 7 -> new Body("<xml/>".getBytes(), "application/xml", "xml");
			case 8 -> new Body("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes(),
					"multipart/form-data", "multipart without boundary");
			case 9 -> new Body("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
					.concat("Content-Type: image/png\r\n\r\n\u0089PNG garbage\r\n--b--\r\n").getBytes(StandardCharsets.ISO_8859_1),
					"multipart/form-data; boundary=b", "fake png");
			case 10 -> new Body("a=%ff&b=%00".getBytes(), "application/x-www-form-urlencoded", "form");
			default -> new Body(randomObject(random).getBytes(StandardCharsets.UTF_8), "application/json",
					"random fields");
		};
	}

	private static String randomObject(Random random) {
		var fields = new StringBuilder("{");
		int count = 1 + random.nextInt(6);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				fields.append(',');
			}
			fields.append('"').append(FIELDS.get(random.nextInt(FIELDS.size()))).append("\":").append(value(random));
		}
		return fields.append('}').toString();
	}

	private static String value(Random random) {
		return switch (random.nextInt(16)) {
			case 0 -> "null";
			case 1 -> "\"\"";
			case 2 -> "\"" + "z".repeat(5000) + "\"";
			case 3 -> "\"a\\u0000b\\u0007c\"";
			case 4 -> "1e309";
			case 5 -> "-1";
			case 6 -> "true";
			case 7 -> "[]";
			case 8 -> "{}";
			case 9 -> "[\"AGENT\",\"NOPE\",null]";
			case 10 -> "\"%ff\"";
			case 11 -> "\"😀\\ud800\"";
			case 12 -> "9223372036854775808";
			case 13 -> "\"" + UUID.randomUUID() + "\"";
			case 14 -> "{\"transactionId\":\"TXN1\",\"screen\":[1,2]}";
			default -> "\"plain words\"";
		};
	}

	private static String frame(String type, String chatId, Random random) {
		return switch (random.nextInt(10)) {
			case 0 -> "{\"type\":\"" + type + "\"";
			case 1 -> "{\"type\":\"" + type + "\",\"payload\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
			case 2 -> "{\"type\":\"" + type + "\",\"payload\":{\"chatId\":\"" + chatId + "\",\"text\":\"a\\u0000b\","
					+ "\"clientMessageId\":\"" + UUID.randomUUID() + "\"}}";
			case 3 -> "{\"type\":\"" + type + "\",\"payload\":{\"chatId\":" + value(random) + ",\"afterSeq\":"
					+ value(random) + ",\"messageId\":" + value(random) + ",\"isTyping\":" + value(random) + "}}";
			case 4 -> "{\"type\":\"" + type + "\",\"payload\":null,\"token\":" + value(random) + "}";
			case 5 -> "{\"type\":" + value(random) + "}";
			case 6 -> "{\"type\":\"" + type + "\",\"payload\":{\"chatId\":\"" + chatId + "\",\"text\":"
					+ value(random) + ",\"imageUrl\":" + value(random) + ",\"receiverId\":" + value(random)
					+ ",\"clientMessageId\":" + value(random) + "}}";
			case 7 -> "[\"" + type + "\"]";
			case 8 -> "{\"type\":\"" + type + "\",\"payload\":{\"chatId\":\"" + chatId + "\",\"afterSeq\":-1}}";
			default -> "{\"type\":\"" + type + "\",\"payload\":" + randomObject(random) + "}";
		};
	}

	private static String abbreviate(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}
}
