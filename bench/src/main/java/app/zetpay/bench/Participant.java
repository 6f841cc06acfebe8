package app.zetpay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One side of a chat in the cluster scenario, behaving as a careful app does: it applies each
 * chat's messages in {@code seq} order ({@link ChatLog}), asks for a {@code resume} when messages
 * wait behind a gap, and when its socket drops it reconnects through nginx, resumes every chat from
 * its last seq and sends again, with the same client message ids and in the same order, whatever was
 * not acknowledged. It records which node each socket landed on and when the last reconnect
 * happened.
 */
final class Participant implements ChatSocket.Frames {

	private static final long GAP_PATIENCE = Duration.ofMillis(300).toNanos();
	private static final long RESUME_PATIENCE = Duration.ofSeconds(5).toNanos();
	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
	private static final Duration RECONNECT_FOR = Duration.ofSeconds(30);

	/** A message this participant sent: its place in the send order and what it says. */
	private record Outgoing(String chatId, String clientMessageId, String text) {
	}

	/** The last reconnect: when the socket dropped, when the new one was authenticated and resumed. */
	record Reconnect(long droppedAt, long authenticatedAt, long resumedAt, int attempts, String node) {
	}

	private final String name;
	private final String token;
	private final URI nginx;
	private final HttpClient http;
	private final JsonMapper json;
	private final String runId;
	private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
	private final List<String> problems = new CopyOnWriteArrayList<>();
	private final List<UpstreamTap> taps = new CopyOnWriteArrayList<>();
	private final Map<String, ChatLog> chats = new HashMap<>();
	private final Map<String, Long> resumeSentAt = new HashMap<>();
	private final Map<String, CompletableFuture<Long>> resumes = new HashMap<>();
	private final LinkedHashMap<String, Outgoing> unacked = new LinkedHashMap<>();
	private final List<String> sent = new ArrayList<>();
	private final Map<String, ChatEntry> acked = new HashMap<>();
	private ChatSocket socket;
	private String node;
	private boolean connected;
	private boolean closing;
	private int sequence;
	private int drops;
	private int replayedAcks;
	private int gapResumes;
	private CompletableFuture<Reconnect> reconnected = new CompletableFuture<>();

	Participant(String name, String token, URI nginx, HttpClient http, JsonMapper json, String runId) {
		this.name = name;
		this.token = token;
		this.nginx = nginx;
		this.http = http;
		this.json = json;
		this.runId = runId;
	}

	String name() {
		return name;
	}

	/** Opens a socket through nginx and returns the node it landed on. */
	String connect() throws IOException {
		var opened = open();
		synchronized (this) {
			socket = opened.socket;
			node = opened.node;
			connected = true;
			return node;
		}
	}

	/** Closes the socket (to connect again elsewhere, or at the end); nothing is reconnected. */
	void disconnect() {
		ChatSocket current;
		synchronized (this) {
			current = socket;
			socket = null;
			connected = false;
		}
		if (current != null) {
			current.close().join();
		}
	}

	void close() {
		synchronized (this) {
			closing = true;
		}
		disconnect();
		taps.forEach(UpstreamTap::close);
	}

	synchronized String node() {
		return node;
	}

	synchronized boolean connected() {
		return connected;
	}

	/** Sends a message as the app would: queued while the socket is down, sent again after a reconnect. */
	synchronized String send(String chatId, String text) {
		var message = new Outgoing(chatId, runId + "-" + name + "-" + (++sequence), text);
		unacked.put(message.clientMessageId(), message);
		sent.add(message.clientMessageId());
		if (connected) {
			socket.send(frame(message));
		}
		return message.clientMessageId();
	}

	/** Asks for everything after the last applied seq of a chat; completes with resume_complete's lastSeq. */
	synchronized CompletableFuture<Long> resume(String chatId) {
		var done = new CompletableFuture<Long>();
		resumes.put(chatId, done);
		resumeSentAt.put(chatId, System.nanoTime());
		socket.send(json.writeValueAsString(Map.of("type", "resume", "payload",
				Map.of("chatId", chatId, "afterSeq", log(chatId).lastSeq()))));
		return done;
	}

	/** Resumes any chat whose messages have waited behind a gap for a while: the app's repair. */
	synchronized void repairGaps(long now) {
		if (!connected) {
			return;
		}
		for (var chat : chats.entrySet()) {
			var asked = resumeSentAt.get(chat.getKey());
			if (chat.getValue().gapOlderThan(GAP_PATIENCE, now) && (asked == null || now - asked > RESUME_PATIENCE)) {
				gapResumes++;
				resume(chat.getKey());
			}
		}
	}

	synchronized long lastSeq(String chatId) {
		return log(chatId).lastSeq();
	}

	synchronized List<ChatEntry> applied(String chatId) {
		return log(chatId).applied();
	}

	synchronized ChatEntry ack(String clientMessageId) {
		return acked.get(clientMessageId);
	}

	synchronized int unackedCount() {
		return unacked.size();
	}

	synchronized ConversationCheck.Side side(String userId) {
		var chatIds = chats.keySet();
		if (chatIds.size() != 1) {
			throw new IllegalStateException(name + " follows " + chatIds.size() + " chats; the check takes one");
		}
		return new ConversationCheck.Side(name, userId, List.copyOf(sent), Map.copyOf(acked),
				log(chatIds.iterator().next()).applied());
	}

	synchronized int drops() {
		return drops;
	}

	synchronized int replayedAcks() {
		return replayedAcks;
	}

	synchronized int gapResumes() {
		return gapResumes;
	}

	List<String> problems() {
		return List.copyOf(problems);
	}

	/** Completes when a dropped socket has been replaced, resumed and its unacknowledged messages sent again. */
	synchronized CompletableFuture<Reconnect> reconnected() {
		return reconnected;
	}

	/** Where the next {@link #await} starts looking. */
	int mark() {
		return frames.size();
	}

	/** The first frame at or after {@code from} that matches; fails the scenario after {@code timeout}. */
	JsonNode await(int from, Predicate<JsonNode> frame, Duration timeout, String what) {
		var deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (int i = from; i < frames.size(); i++) {
				if (frame.test(frames.get(i))) {
					return frames.get(i);
				}
			}
			if (System.nanoTime() > deadline) {
				throw new ClusterScenario.Failure(name + " waited " + timeout.toSeconds() + " s in vain for " + what);
			}
			ClusterScenario.sleep(Duration.ofMillis(20));
		}
	}

	static Predicate<JsonNode> type(String type) {
		return frame -> frame.path("type").asString().equals(type);
	}

	static Predicate<JsonNode> chatMessage(String chatId, Predicate<JsonNode> payload) {
		return frame -> type("chat_message").test(frame) && frame.path("payload").path("chatId").asString().equals(chatId)
				&& payload.test(frame.path("payload"));
	}

	// ---- ChatSocket.Frames -----------------------------------------------------------------------------

	@Override
	public void received(ChatSocket from, JsonNode frame, long receivedAt) {
		synchronized (this) {
			if (from != socket) {
				return; // A socket that was replaced already.
			}
			var payload = frame.path("payload");
			switch (frame.path("type").asString()) {
				case "chat_message" -> {
					var entry = ChatEntry.of(payload);
					var arrival = log(payload.path("chatId").asString()).arrive(entry, receivedAt);
					if (arrival == ChatLog.Arrival.CONFLICT) {
						problems.add(name + " got " + entry + " (" + entry.id() + ") for a seq it holds another message under");
					}
				}
				case "message_ack" -> {
					var clientMessageId = payload.path("clientMessageId").asString();
					var message = ChatEntry.of(payload.path("message"));
					var previous = acked.put(clientMessageId, message);
					if (previous != null && (previous.seq() != message.seq() || !previous.id().equals(message.id()))) {
						problems.add(name + "'s " + clientMessageId + " was acknowledged as " + previous + " and again as "
								+ message);
					}
					if (unacked.remove(clientMessageId) == null && previous == null) {
						problems.add(name + " got an acknowledgement for " + clientMessageId + ", which it never sent");
					}
					if (payload.path("replayed").asBoolean()) {
						replayedAcks++;
					}
				}
				case "resume_complete" -> {
					var chatId = payload.path("chatId").asString();
					resumeSentAt.remove(chatId);
					var waiting = resumes.remove(chatId);
					if (waiting != null) {
						waiting.complete(payload.path("lastSeq").asLong());
					}
				}
				case "error" -> problems.add(name + " got an error frame: " + payload);
				default -> {
					// presence, typing, queue_update, bot_chat_activity …: kept for await only.
				}
			}
		}
		frames.add(frame);
	}

	@Override
	public void sendFailed(ChatSocket from, String frame, Throwable cause) {
		// The message stays unacknowledged and goes again after the reconnect.
	}

	@Override
	public void closed(ChatSocket from, String reason) {
		long droppedAt = System.nanoTime();
		synchronized (this) {
			if (from != socket || closing) {
				return;
			}
			connected = false;
			drops++;
			if (reconnected.isDone()) {
				reconnected = new CompletableFuture<>();
			}
		}
		Thread.ofVirtual().name(name + "-reconnect").start(() -> reconnect(droppedAt));
	}

	// ---- reconnecting ---------------------------------------------------------------------------------

	private record Opened(ChatSocket socket, String node) {
	}

	private Opened open() throws IOException {
		var tap = UpstreamTap.to(nginx);
		taps.add(tap);
		try {
			var opened = ChatSocket.open(http, tap.uri("/ws"), token, name, json, this)
					.get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return new Opened(opened, tap.upstream().get(1, TimeUnit.SECONDS));
		}
		catch (ExecutionException | TimeoutException e) {
			tap.close();
			throw new IOException(name + " could not connect through nginx: "
					+ (e instanceof ExecutionException ? e.getCause() : e), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	/**
	 * A new socket through nginx, then a resume of every chat from its last applied seq, then the
	 * unacknowledged messages again in their order; only then do new sends go out.
	 */
	private void reconnect(long droppedAt) {
		var deadline = droppedAt + RECONNECT_FOR.toNanos();
		int attempts = 0;
		while (System.nanoTime() < deadline) {
			attempts++;
			Opened opened = null;
			try {
				synchronized (this) {
					if (closing) {
						return;
					}
				}
				opened = open();
				long authenticatedAt = System.nanoTime();
				List<CompletableFuture<Long>> resumed = new ArrayList<>();
				synchronized (this) {
					socket = opened.socket;
					node = opened.node;
					for (var chatId : chats.keySet()) {
						resumed.add(resume(chatId));
					}
				}
				for (var done : resumed) {
					done.get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				}
				synchronized (this) {
					long resumedAt = System.nanoTime();
					for (var message : unacked.values()) {
						socket.send(frame(message));
					}
					connected = true;
					reconnected.complete(new Reconnect(droppedAt, authenticatedAt, resumedAt, attempts, node));
				}
				return;
			}
			catch (IOException | ExecutionException | TimeoutException e) {
				if (opened != null) {
					opened.socket().close();
				}
				ClusterScenario.sleep(Duration.ofMillis(200));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		synchronized (this) {
			reconnected.completeExceptionally(new IllegalStateException(name + " could not reconnect through nginx in "
					+ RECONNECT_FOR.toSeconds() + " s (" + attempts + " attempts)"));
		}
	}

	private ChatLog log(String chatId) {
		return chats.computeIfAbsent(chatId, id -> new ChatLog());
	}

	private String frame(Outgoing message) {
		return json.writeValueAsString(Map.of("type", "send_message", "payload", Map.of("chatId", message.chatId(),
				"text", message.text(), "clientMessageId", message.clientMessageId())));
	}
}
