package app.zetpay.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user of the shutdown scenario with one socket (a customer in one chat, an agent in several),
 * behaving as a careful client must: every message it writes gets a clientMessageId and stays in its
 * outbox until acknowledged; when the server closes the socket with 1012 it connects to the other
 * node, resumes each chat after the last seq it holds without a gap, re-sends in order and with the
 * same clientMessageId whatever was not acknowledged, and carries on. Everything it saw is kept for
 * the verdict. One lock (this object) guards all of it: frames arrive on the socket's thread, new
 * messages come from the scenario's pacing thread.
 */
final class ResumingClient implements ChatSocket.Frames {

	/** A message this participant wrote. */
	static final class Message {

		final String chatId;
		final String clientMessageId;
		final int number;
		String messageId;
		long seq;
		int sends;
		boolean replayed;

		Message(String chatId, String clientMessageId, int number) {
			this.chatId = chatId;
			this.clientMessageId = clientMessageId;
			this.number = number;
		}

		boolean acked() {
			return messageId != null;
		}
	}

	/** What this participant holds of one chat. */
	private static final class Chat {

		final List<Message> outbox = new ArrayList<>();
		final Map<String, Message> byClientId = new HashMap<>();
		final Set<Long> seqs = new TreeSet<>();
		int nextToSend;
		long contiguous;
		boolean resumed;

		int firstUnacked() {
			for (int i = 0; i < outbox.size(); i++) {
				if (!outbox.get(i).acked()) {
					return i;
				}
			}
			return outbox.size();
		}
	}

	/** One reconnect: when the old socket closed, with which code, and when the new one was resumed. */
	record Reconnect(int closeCode, long closedAt, long readyAt) {
	}

	private final String label;
	private final String token;
	private final HttpClient http;
	private final JsonMapper json;
	/** Reports a problem: what kind, and the example. */
	private final BiConsumer<String, String> problems;
	private final Map<String, Chat> chats = new LinkedHashMap<>();
	private final Set<String> received = new HashSet<>();
	private final List<Reconnect> reconnects = new ArrayList<>();
	private final List<Integer> closeCodes = new ArrayList<>();
	private ChatSocket socket;
	private URI node;
	private URI fallback;
	private boolean ready;
	private long closedAt;
	private int closeCode;
	private int duplicateDeliveries;
	private int sendFailures;
	private int composed;

	ResumingClient(String label, String token, HttpClient http, JsonMapper json, BiConsumer<String, String> problems) {
		this.label = label;
		this.token = token;
		this.http = http;
		this.json = json;
		this.problems = problems;
	}

	String label() {
		return label;
	}

	synchronized void join(String chatId) {
		chats.put(chatId, new Chat());
	}

	/** Connects to {@code node}, and to {@code fallback} when that node sends it away. Blocks until authenticated. */
	void connect(URI node, URI fallback) {
		synchronized (this) {
			this.node = node;
			this.fallback = fallback;
		}
		var opened = ChatSocket.open(http, node, token, label, json, this).join();
		synchronized (this) {
			socket = opened;
			ready = false;
			for (var entry : chats.entrySet()) {
				entry.getValue().resumed = false;
				opened.send(frame("resume", Map.of("chatId", entry.getKey(), "afterSeq", entry.getValue().contiguous)));
			}
		}
	}

	synchronized boolean ready() {
		return ready;
	}

	/** Writes the next message in a chat; it goes out at once when connected, else after the reconnect. */
	synchronized void write(String chatId, String runId) {
		var chat = chats.get(chatId);
		var number = ++composed;
		var message = new Message(chatId, runId + "-" + label.replace(' ', '-') + "-" + number, number);
		chat.outbox.add(message);
		chat.byClientId.put(message.clientMessageId, message);
		flush();
	}

	private void flush() {
		if (!ready) {
			return;
		}
		for (var entry : chats.entrySet()) {
			var chat = entry.getValue();
			while (chat.nextToSend < chat.outbox.size()) {
				var message = chat.outbox.get(chat.nextToSend++);
				message.sends++;
				socket.send(frame("send_message", Map.of("chatId", entry.getKey(), "clientMessageId",
						message.clientMessageId, "text", "Message " + message.number + " from " + label)));
			}
		}
	}

	private String frame(String type, Object payload) {
		return json.writeValueAsString(Map.of("type", type, "payload", payload));
	}

	// ---- Frames ----------------------------------------------------------------------------------------

	@Override
	public synchronized void received(ChatSocket from, JsonNode frame, long receivedAt) {
		var payload = frame.path("payload");
		switch (frame.path("type").asString()) {
			case "message_ack" -> ack(payload);
			case "chat_message" -> delivered(payload);
			case "resume_complete" -> resumed(payload.path("chatId").asString());
			case "error" -> problems.accept("error frames", label + ": " + payload);
			default -> {
				// presence, conversation_updated, typing …: not what this scenario checks.
			}
		}
	}

	private void ack(JsonNode payload) {
		var stored = payload.path("message");
		var chat = chats.get(stored.path("chatId").asString());
		var message = chat == null ? null : chat.byClientId.get(payload.path("clientMessageId").asString());
		if (message == null) {
			problems.accept("unexpected acks", label + ": " + payload);
			return;
		}
		var id = stored.path("id").asString();
		if (message.acked()) {
			if (!message.messageId.equals(id)) {
				problems.accept("acknowledged as two messages", label + ": " + message.clientMessageId + ": "
						+ message.messageId + " and " + id);
			}
			return;
		}
		if (chat.outbox.indexOf(message) != chat.firstUnacked()) {
			problems.accept("acknowledged out of order", label + ": " + message.clientMessageId);
		}
		if (payload.path("replayed").asBoolean(false) && message.sends < 2) {
			problems.accept("first send acknowledged as a replay", label + ": " + message.clientMessageId);
		}
		message.messageId = id;
		message.seq = stored.path("seq").asLong();
		message.replayed = payload.path("replayed").asBoolean(false);
	}

	private void delivered(JsonNode message) {
		var chat = chats.get(message.path("chatId").asString());
		if (chat == null) {
			problems.accept("messages of other chats", label + ": " + message);
			return;
		}
		// A resume may replay what also arrives live: a client keeps the first and ignores the other.
		if (!received.add(message.path("id").asString())) {
			duplicateDeliveries++;
			return;
		}
		chat.seqs.add(message.path("seq").asLong());
		while (chat.seqs.contains(chat.contiguous + 1)) {
			chat.contiguous++;
		}
	}

	private void resumed(String chatId) {
		var chat = chats.get(chatId);
		if (chat == null || chat.resumed) {
			return;
		}
		chat.resumed = true;
		if (chats.values().stream().allMatch(c -> c.resumed)) {
			ready = true;
			if (closedAt != 0) {
				reconnects.add(new Reconnect(closeCode, closedAt, System.nanoTime()));
				closedAt = 0;
			}
			flush();
		}
	}

	@Override
	public synchronized void sendFailed(ChatSocket from, String frame, Throwable cause) {
		// The socket closed under the send: the message is still unacknowledged, so it is re-sent.
		sendFailures++;
	}

	@Override
	public synchronized void closed(ChatSocket from, String reason) {
		if (from != socket) {
			return;
		}
		closeCode = parseCode(reason);
		closeCodes.add(closeCode);
		closedAt = System.nanoTime();
		ready = false;
		for (var chat : chats.values()) {
			chat.nextToSend = chat.firstUnacked();
		}
		if (fallback == null || node.equals(fallback)) {
			problems.accept("sockets closed by the node that keeps running", label + ": " + reason);
			return;
		}
		var target = fallback;
		Thread.ofVirtual().name("reconnect-" + label).start(() -> reconnect(target));
	}

	private void reconnect(URI target) {
		RuntimeException last = null;
		for (int attempt = 0; attempt < 40; attempt++) {
			try {
				connect(target, target);
				return;
			}
			catch (RuntimeException e) {
				last = e;
				try {
					Thread.sleep(250);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		problems.accept("clients that could not reconnect", label + " to " + target + ": " + last);
	}

	private static int parseCode(String reason) {
		try {
			return Integer.parseInt(reason.split(" ", 2)[0]);
		}
		catch (NumberFormatException e) {
			return -1; // A transport error, not a close frame.
		}
	}

	void close() {
		ChatSocket current;
		synchronized (this) {
			current = socket;
			fallback = null;
		}
		if (current != null) {
			current.close().join();
		}
	}

	// ---- What it saw, for the verdict -------------------------------------------------------------------

	synchronized List<Message> written() {
		return chats.values().stream().flatMap(c -> c.outbox.stream()).toList();
	}

	synchronized List<Message> written(String chatId) {
		return List.copyOf(chats.get(chatId).outbox);
	}

	synchronized boolean received(String messageId) {
		return received.contains(messageId);
	}

	synchronized long unacknowledged() {
		return chats.values().stream().flatMap(c -> c.outbox.stream()).filter(m -> !m.acked()).count();
	}

	/** Sent at least once and not acknowledged yet: in flight. */
	synchronized long inFlight() {
		return chats.values().stream().flatMap(c -> c.outbox.stream()).filter(m -> !m.acked() && m.sends > 0).count();
	}

	synchronized List<Integer> closeCodes() {
		return List.copyOf(closeCodes);
	}

	synchronized List<Reconnect> reconnects() {
		return List.copyOf(reconnects);
	}

	synchronized int duplicateDeliveries() {
		return duplicateDeliveries;
	}

	synchronized int sendFailures() {
		return sendFailures;
	}
}
