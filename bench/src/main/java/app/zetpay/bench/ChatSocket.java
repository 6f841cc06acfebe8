package app.zetpay.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client socket on {@code /ws}, authenticated as one user. Received frames are stamped with
 * {@link System#nanoTime()} the moment their last fragment arrives, then handed to the
 * {@link Frames} handler on the socket's own listener thread, one at a time (the JDK delivers the
 * next frame only after we {@code request} it), so frames are checked in the order they arrived.
 * The JDK allows one outstanding send per socket and an agent socket sends for many chats, so sends
 * are chained.
 */
final class ChatSocket implements WebSocket.Listener {

	private static final Duration AUTH_TIMEOUT = Duration.ofSeconds(30);

	/** What the bench does with the frames a socket receives. */
	interface Frames {

		void received(ChatSocket socket, JsonNode frame, long receivedAt);

		void sendFailed(ChatSocket socket, String frame, Throwable cause);

		void closed(ChatSocket socket, String reason);
	}

	/** How a chat message fits what this socket already saw of its chat. */
	enum Arrival {
		IN_ORDER, OUT_OF_ORDER, DUPLICATE
	}

	/** What one socket saw of one chat. */
	private static final class Seen {

		final Set<String> messageIds = new HashSet<>();
		long lastSeq;
		long maxSeq;
	}

	private final String label;
	private final JsonMapper json;
	private final Frames frames;
	private final CompletableFuture<String> authenticated = new CompletableFuture<>();
	private final StringBuilder partial = new StringBuilder();
	private final Map<String, Seen> seen = new HashMap<>();
	private volatile WebSocket socket;
	private volatile boolean closing;
	private volatile String userId;
	private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

	/** A socket not yet connected; {@link #open} connects it, tests feed it frames directly. */
	ChatSocket(String label, String userId, JsonMapper json, Frames frames) {
		this.label = label;
		this.userId = userId;
		this.json = json;
		this.frames = frames;
	}

	/** Connects and authenticates; completes with the socket once the server said {@code auth_success}. */
	static CompletableFuture<ChatSocket> open(HttpClient http, URI uri, String token, String label, JsonMapper json,
			Frames frames) {
		var chat = new ChatSocket(label, null, json, frames);
		return http.newWebSocketBuilder().connectTimeout(AUTH_TIMEOUT).buildAsync(uri, chat)
				.thenCompose(ws -> {
					chat.socket = ws;
					return ws.sendText(json.writeValueAsString(Map.of("type", "authenticate", "token", token)), true);
				})
				.thenCompose(ws -> chat.authenticated)
				.orTimeout(AUTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
				.thenApply(id -> {
					chat.userId = id;
					return chat;
				});
	}

	String label() {
		return label;
	}

	String userId() {
		return userId;
	}

	/** Queues a frame behind any send still in progress; a failed send is reported, never retried. */
	void send(String frame) {
		synchronized (this) {
			sending = sending.handle((ignored, failure) -> null)
					.thenCompose(ignored -> socket.sendText(frame, true))
					.whenComplete((ignored, failure) -> {
						if (failure != null && !closing) {
							frames.sendFailed(this, frame, failure);
						}
					});
		}
	}

	/**
	 * Checks a chat message against what this socket saw of its chat. A chat's seq runs 1, 2, 3 … and
	 * both participants receive every message, so each socket must see strictly increasing seqs
	 * with no message twice.
	 */
	synchronized Arrival arrived(String chatId, String messageId, long seq) {
		var chat = seen.computeIfAbsent(chatId, id -> new Seen());
		if (!chat.messageIds.add(messageId)) {
			return Arrival.DUPLICATE;
		}
		chat.maxSeq = Math.max(chat.maxSeq, seq);
		if (seq <= chat.lastSeq) {
			return Arrival.OUT_OF_ORDER;
		}
		chat.lastSeq = seq;
		return Arrival.IN_ORDER;
	}

	/** Sequence numbers below the highest one seen that never arrived here, over all chats. */
	synchronized long missingSeqs() {
		return seen.values().stream().mapToLong(chat -> chat.maxSeq - chat.messageIds.size()).sum();
	}

	CompletableFuture<?> close() {
		closing = true;
		var ws = socket;
		if (ws == null || ws.isOutputClosed()) {
			return CompletableFuture.completedFuture(null);
		}
		return ws.sendClose(WebSocket.NORMAL_CLOSURE, "bench done").exceptionally(failure -> null)
				.orTimeout(5, TimeUnit.SECONDS).exceptionally(failure -> {
					ws.abort();
					return null;
				});
	}

	// ---- WebSocket.Listener --------------------------------------------------------------------------

	@Override
	public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
		if (!last) {
			partial.append(data);
			ws.request(1);
			return null;
		}
		var receivedAt = System.nanoTime();
		String text;
		if (partial.isEmpty()) {
			text = data.toString();
		}
		else {
			text = partial.append(data).toString();
			partial.setLength(0);
		}
		try {
			var frame = json.readTree(text);
			switch (frame.path("type").asString()) {
				case "auth_success" -> authenticated.complete(frame.path("payload").path("userId").asString());
				case "auth_failed" -> authenticated.completeExceptionally(
						new IllegalStateException(label + ": auth_failed " + frame.path("payload")));
				default -> frames.received(this, frame, receivedAt);
			}
		}
		finally {
			ws.request(1);
		}
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
		authenticated.completeExceptionally(new IllegalStateException(label + ": closed " + statusCode + " " + reason));
		if (!closing) {
			frames.closed(this, statusCode + " " + reason);
		}
		return null;
	}

	@Override
	public void onError(WebSocket ws, Throwable error) {
		authenticated.completeExceptionally(error);
		if (!closing) {
			frames.closed(this, String.valueOf(error));
		}
	}
}
