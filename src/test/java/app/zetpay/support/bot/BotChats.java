package app.zetpay.support.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * What the bot's chat-socket tests share: opening a support chat as a customer, the bot's and the
 * chat's messages on the customer's socket, waiting for a chat's state, and closing every chat a test
 * opened (a handed-over chat left in the queue would be routed to the next test class's agents in the
 * shared production-profile run).
 */
final class BotChats {

	private final Api api;
	/** Chats opened, by the token of the customer who owns them. */
	private final Map<String, String> opened = new HashMap<>();

	BotChats(Api api) {
		this.api = api;
	}

	/** Opens a support chat for this customer, with the app's context if any; its id. */
	String open(String customer, Map<String, Object> context) {
		var body = context.isEmpty() ? Map.<String, Object>of() : Map.<String, Object>of("context", context);
		var response = api.post("/api/chat/initiate/support", customer, body);
		assertThat(response.status()).isIn(200, 201);
		var chat = response.body().get("id").asString();
		opened.put(chat, customer);
		return chat;
	}

	/** A chat opened some other way, to be closed with the rest. */
	void closeLater(String chat, String customer) {
		opened.put(chat, customer);
	}

	void closeAll() {
		opened.forEach((chat, token) -> api.post("/api/chat/" + chat + "/close", token, Map.of()));
		opened.clear();
	}

	static JsonNode botMessage(SocketClient socket) {
		return socket.next(f -> "chat_message".equals(f.path("type").asString())
				&& "BOT".equals(f.path("payload").path("senderRole").asString()), "a message from the bot")
				.get("payload");
	}

	/** The text of the next note from the chat itself (the handover notice, an agent joining, …). */
	static String systemNote(SocketClient socket, String what) {
		return systemNote(socket, what, text -> true);
	}

	static String systemNote(SocketClient socket, String what, Predicate<String> text) {
		return socket.next(f -> "chat_message".equals(f.path("type").asString())
				&& "SYSTEM".equals(f.path("payload").path("senderRole").asString())
				&& text.test(f.path("payload").path("text").asString()), what)
				.get("payload").get("text").asString();
	}

	/** The chat as {@code token} sees it, once {@code done} holds (work after a commit catches up), within 10 s. */
	JsonNode await(String chat, String token, Predicate<JsonNode> done, String what) {
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		JsonNode seen = null;
		while (System.nanoTime() < deadline) {
			seen = api.get("/api/chat/" + chat, token).body();
			if (done.test(seen)) {
				return seen;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("Chat " + chat + " did not show " + what + "; last seen " + seen);
	}
}
