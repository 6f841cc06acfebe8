package app.zetpay.support.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real WebSocket client for tests: sends frames, and waits for the frames the server pushes. */
public final class SocketClient implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final JsonMapper json;
	private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
	private final CompletableFuture<Integer> closed = new CompletableFuture<>();
	private final WebSocket socket;

	private SocketClient(URI uri, JsonMapper json, @Nullable String origin) {
		this.json = json;
		var builder = HttpClient.newHttpClient().newWebSocketBuilder();
		if (origin != null) {
			builder.header("Origin", origin);
		}
		this.socket = builder.buildAsync(uri, new Listener()).join();
	}

	/** Connects as a client that is not a browser's page (no {@code Origin}), as the mobile app does. */
	public static SocketClient connect(Api api) {
		return connect(api, null);
	}

	/** Connects as a browser would from a page of {@code origin}; a refused handshake throws. */
	public static SocketClient connect(Api api, @Nullable String origin) {
		var http = api.uri("/ws");
		return new SocketClient(URI.create("ws://" + http.getHost() + ":" + http.getPort() + "/ws"), api.json(), origin);
	}

	/** Connects and authenticates, and checks that the server accepted the token. */
	public static SocketClient authenticated(Api api, String token) {
		var client = connect(api);
		client.send("{\"type\":\"authenticate\",\"token\":\"" + token + "\"}");
		client.next("auth_success");
		return client;
	}

	public void send(String frame) {
		socket.sendText(frame, true).join();
	}

	/**
	 * Sends unless the server has closed the socket meanwhile; false then. A frame the server
	 * closes the socket for races the next send, so fuzzing tells the two apart this way.
	 */
	public boolean trySend(String frame) {
		try {
			send(frame);
			return true;
		}
		catch (java.util.concurrent.CompletionException e) {
			if (isOpen()) {
				throw e;
			}
			return false;
		}
	}

	public void send(String type, Object payload) {
		send(json.writeValueAsString(java.util.Map.of("type", type, "payload", payload)));
	}

	/** The next frame of this type (frames of other types before it are skipped). */
	public JsonNode next(String type) {
		return next(frame -> type.equals(frame.path("type").asString()), "a " + type + " frame");
	}

	public JsonNode next(Predicate<JsonNode> matching, String description) {
		var deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				var frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (frame != null && matching.test(frame)) {
					return frame;
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("Timed out waiting for " + description);
	}

	/** Every frame of this type that arrives within {@code quiet}, for asserting that nothing else comes. */
	public List<JsonNode> drain(String type, Duration quiet) {
		var found = new ArrayList<JsonNode>();
		var deadline = System.nanoTime() + quiet.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				var frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (frame != null && type.equals(frame.path("type").asString())) {
					found.add(frame);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		return found;
	}

	/** The close code the server sent, waiting for it. */
	public int closeCode() {
		return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
	}

	public boolean isOpen() {
		return !socket.isInputClosed() && !socket.isOutputClosed();
	}

	@Override
	public void close() {
		if (!socket.isOutputClosed()) {
			socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
		}
		socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				frames.add(json.readTree(partial.toString()));
				partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			closed.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			closed.complete(-1);
		}
	}
}
