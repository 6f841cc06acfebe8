package app.zetpay.support.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible chat endpoint on a local port, for tests of the bot's optional phrasing: it
 * records the requests it gets and answers what the test set, after an optional delay or with an
 * error status. It speaks the same HTTP and JSON as the real API, so the client under test is the
 * real one.
 */
public final class FakeLanguageModel implements AutoCloseable {

	private final HttpServer server;
	private final List<String> requests = new CopyOnWriteArrayList<>();
	private volatile String reply = "NO_ANSWER";
	private volatile int status = 200;
	private volatile Duration delay = Duration.ZERO;

	private FakeLanguageModel(HttpServer server) {
		this.server = server;
	}

	public static FakeLanguageModel start() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			var fake = new FakeLanguageModel(server);
			server.createContext("/v1/chat/completions", fake::handle);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return fake;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
	}

	/** What the model answers from now on (the default declines, as the bot asks it to when unsure). */
	public FakeLanguageModel replies(String text) {
		this.reply = text;
		this.status = 200;
		this.delay = Duration.ZERO;
		return this;
	}

	public FakeLanguageModel fails(int status) {
		this.status = status;
		return this;
	}

	public FakeLanguageModel takes(Duration delay) {
		this.delay = delay;
		return this;
	}

	/** The JSON bodies received so far, oldest first. */
	public List<String> requests() {
		return List.copyOf(requests);
	}

	public void reset() {
		requests.clear();
		replies("NO_ANSWER");
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			if (!delay.isZero()) {
				Thread.sleep(delay);
			}
			var body = status == 200 ? completion(reply) : "{\"error\":{\"message\":\"unavailable\",\"type\":\"server_error\"}}";
			var bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException e) {
			// The client gave up waiting: that is what a delay test wants.
		}
	}

	private static String completion(String text) {
		var escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
		return """
				{"id":"chatcmpl-test","object":"chat.completion","created":1764115200,"model":"test",\
				"choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],\
				"usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}""".formatted(escaped);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
