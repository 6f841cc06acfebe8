package app.zetpay.support.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The build's training start for the JVM's AOT cache ({@code support.aot-training=true}): a whole
 * first start, runners included (loading the starting articles, indexing them, creating the first
 * accounts), then the requests a first user makes (health, the web app's page and script, a token, a
 * chat and its first message over HTTP and over the socket, a ticket, a help search), then exit, before any warm-up begins.
 * Boot's own {@code spring.context.exit=onRefresh} stops before the runners, whose classes would
 * then load cold at every real start; without the requests, the first ones of every real start
 * would load the web, security and JSON classes cold (about a second on two cores).
 */
@Component
@ConditionalOnBooleanProperty("support.aot-training")
class AotTrainingRun {

	private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);

	private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"(/assets/[^\"]+)\"");

	private final JsonMapper json;

	AotTrainingRun(JsonMapper json) {
		this.json = json;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void exit(ApplicationReadyEvent ready) {
		var port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port");
		int status;
		try {
			firstRequests(URI.create("http://127.0.0.1:" + port));
			status = SpringApplication.exit(ready.getApplicationContext());
		}
		catch (Exception e) {
			// Fails the build: a cache trained without the first requests silently slows every start.
			log.error("AOT training: a first request failed", e);
			SpringApplication.exit(ready.getApplicationContext());
			status = 1;
		}
		System.exit(status);
	}

	private void firstRequests(URI base) throws Exception {
		try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			// DOWN (503) here: the warm-ups this run exits before have not run.
			http.send(get(base, "/actuator/health"), HttpResponse.BodyHandlers.ofString());
			webApp(http, base);
			var token = field("token", send(http, post(base, "/api/dev/token", null,
					"{\"userId\":\"aot-training\",\"name\":\"AOT Training\"}")));
			var chat = field("id", send(http, post(base, "/api/chat/initiate/support", token, "{}")));
			send(http, post(base, "/api/chat/" + chat + "/messages", token,
					"{\"text\":\"hello\",\"clientMessageId\":\"aot-1\"}"));
			send(http, get(base, "/api/chat/" + chat + "/messages", token));
			send(http, post(base, "/api/support/tickets/create", token,
					"{\"issueType\":\"Wallet top-up missing\",\"description\":\"AOT training\"}"));
			send(http, get(base, "/api/support/tickets", token));
			send(http, get(base, "/api/support/faqs?query=refund%20not%20received", null));
			socket(http, base, token, chat);
		}
	}

	/** The web app's page and the script it loads; a build without the web app (-Dskip.web) has neither. */
	private static void webApp(HttpClient http, URI base) throws Exception {
		var page = http.send(get(base, "/support"), HttpResponse.BodyHandlers.ofString());
		if (page.statusCode() == 404) {
			return;
		}
		if (page.statusCode() != 200) {
			throw new IllegalStateException("/support answered " + page.statusCode());
		}
		var script = SCRIPT.matcher(page.body());
		if (script.find()) {
			var asset = HttpRequest.newBuilder(base.resolve(script.group(1))).header("Accept-Encoding", "br, gzip").GET();
			http.send(asset.build(), HttpResponse.BodyHandlers.discarding());
		}
	}

	private static void socket(HttpClient http, URI base, String token, String chat) throws Exception {
		var frames = new CompletableFuture<Void>();
		var listener = new WebSocket.Listener() {
			int received;

			@Override
			public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
				if (last && ++received >= 2) {
					frames.complete(null);
				}
				socket.request(1);
				return null;
			}
		};
		var ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://" + base.getAuthority() + "/ws"), listener)
			.get(5, TimeUnit.SECONDS);
		ws.sendText("{\"type\":\"authenticate\",\"payload\":{\"token\":\"" + token + "\"}}", true).join();
		ws.sendText("{\"type\":\"resume\",\"payload\":{\"chatId\":\"" + chat + "\",\"afterSeq\":0}}", true).join();
		ws.sendText("{\"type\":\"send_message\",\"payload\":{\"chatId\":\"" + chat
				+ "\",\"text\":\"over the socket\",\"clientMessageId\":\"aot-2\"}}", true).join();
		frames.get(5, TimeUnit.SECONDS);
		ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
	}

	private static HttpRequest get(URI base, String path) {
		return get(base, path, null);
	}

	private static HttpRequest get(URI base, String path, String token) {
		var request = HttpRequest.newBuilder(base.resolve(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.build();
	}

	private static HttpRequest post(URI base, String path, String token, String body) {
		var request = HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.build();
	}

	private static String send(HttpClient http, HttpRequest request) throws Exception {
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(request.uri().getPath() + " answered " + response.statusCode());
		}
		return response.body();
	}

	private String field(String name, String body) {
		var value = json.readTree(body).path(name);
		if (!value.isString()) {
			throw new IllegalStateException("no " + name + " in " + body);
		}
		return value.asString();
	}
}
