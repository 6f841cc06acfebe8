package app.zetpay.support.chat.web;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client may send over {@code /ws}, each as {@code {"type": …, "payload": {…}}}. Parsing is
 * a pure function from text to a frame or a {@link Invalid} explaining what is wrong, so the socket
 * adapter never has to deal with half-parsed input.
 */
sealed interface ClientFrame {

	/** The {@code type} on the wire; for an {@link Invalid} frame the type it claimed, if any. */
	default @Nullable String frameType() {
		return switch (this) {
			case Authenticate a -> "authenticate";
			case Reauthenticate a -> "reauthenticate";
			case Ping p -> "ping";
			case SendMessage m -> "send_message";
			case Resume r -> "resume";
			case Typing t -> "typing";
			case Read r -> "read";
			case Viewing v -> "viewing";
			case StoppedViewing v -> "stopped_viewing";
			case Cobrowse c -> c.type();
			case Invalid i -> i.type();
		};
	}

	/** The conversation the frame is about, for frames that are about one. */
	default @Nullable String conversation() {
		return switch (this) {
			case SendMessage m -> m.chatId();
			case Resume r -> r.chatId();
			case Typing t -> t.chatId();
			case Read r -> r.chatId();
			case Viewing v -> v.kind().equals("conversation") ? v.id() : null;
			case StoppedViewing v -> v.kind().equals("conversation") ? v.id() : null;
			case Authenticate a -> null;
			case Reauthenticate a -> null;
			case Ping p -> null;
			case Cobrowse c -> null;
			case Invalid i -> null;
		};
	}

	record Authenticate(String token) implements ClientFrame {
	}

	/** A fresh token for the same user, sent before the current one expires, keeps the socket open. */
	record Reauthenticate(String token) implements ClientFrame {
	}

	record Ping() implements ClientFrame {
	}

	record SendMessage(String chatId, @Nullable String text, @Nullable String imageUrl, @Nullable String type,
			@Nullable String receiverId, @Nullable String clientMessageId) implements ClientFrame {
	}

	record Resume(String chatId, long afterSeq) implements ClientFrame {
	}

	record Typing(String chatId, boolean isTyping) implements ClientFrame {
	}

	record Read(String chatId, String messageId) implements ClientFrame {
	}

	/** Staff have a conversation or ticket open (repeated within the TTL), typing there or not. */
	record Viewing(String kind, String id, boolean typing) implements ClientFrame {
	}

	record StoppedViewing(String kind, String id) implements ClientFrame {
	}

	/**
	 * Co-browsing, owned by another module ({@link app.zetpay.support.chat.CobrowseFrames}): the
	 * agent asks, the customer answers, frames of the customer's page, the agent's pointer, either ending it.
	 */
	record Cobrowse(String type, JsonNode payload) implements ClientFrame {

		static final java.util.Set<String> TYPES = java.util.Set.of("cobrowse_request", "cobrowse_respond",
				"cobrowse_events", "cobrowse_highlight", "cobrowse_watch", "cobrowse_end", "cobrowse_resume");

		/** The relayed stream, limited per session by its owner rather than per frame here. */
		boolean isStream() {
			return type.equals("cobrowse_events");
		}
	}

	/** Not a frame we understand; {@code message} says why, for the {@code error} reply. */
	record Invalid(String message, @Nullable String type) implements ClientFrame {
	}

	static ClientFrame parse(String raw, JsonMapper json) {
		JsonNode root;
		try {
			root = json.readTree(raw);
		}
		catch (JacksonException e) {
			return new Invalid("The frame is not valid JSON.", null);
		}
		if (root == null || !root.isObject() || !root.path("type").isString()) {
			return new Invalid("A frame is a JSON object with a string 'type'.", null);
		}
		var type = root.get("type").asString();
		var payload = root.path("payload");
		return switch (type) {
			case "authenticate" -> {
				// The seed client sends the token at the top level; accept it in the payload too.
				var token = text(root, "token") != null ? text(root, "token") : text(payload, "token");
				yield token == null ? new Invalid("authenticate needs a 'token'.", type) : new Authenticate(token);
			}
			case "reauthenticate" -> {
				var token = text(root, "token") != null ? text(root, "token") : text(payload, "token");
				yield token == null ? new Invalid("reauthenticate needs a 'token'.", type) : new Reauthenticate(token);
			}
			case "ping" -> new Ping();
			case "send_message" -> {
				var chatId = text(payload, "chatId");
				yield chatId == null ? new Invalid("send_message needs payload.chatId.", type)
						: new SendMessage(chatId, text(payload, "text"), text(payload, "imageUrl"),
								text(payload, "type"), text(payload, "receiverId"), text(payload, "clientMessageId"));
			}
			case "resume" -> {
				var chatId = text(payload, "chatId");
				var afterSeq = payload.path("afterSeq");
				if (chatId == null || !afterSeq.canConvertToLong() || afterSeq.asLong() < 0 || !afterSeq.isIntegralNumber()) {
					yield new Invalid("resume needs payload.chatId and a non-negative integer payload.afterSeq.", type);
				}
				yield new Resume(chatId, afterSeq.asLong());
			}
			case "typing" -> {
				var chatId = text(payload, "chatId");
				yield chatId == null ? new Invalid("typing needs payload.chatId.", type)
						: new Typing(chatId, !payload.has("isTyping") || payload.get("isTyping").asBoolean());
			}
			case "read" -> {
				var chatId = text(payload, "chatId");
				var messageId = text(payload, "messageId");
				yield chatId == null || messageId == null
						? new Invalid("read needs payload.chatId and payload.messageId.", type)
						: new Read(chatId, messageId);
			}
			case "viewing", "stopped_viewing" -> {
				var kind = text(payload, "kind");
				var id = text(payload, "id");
				if (kind == null || id == null || !(kind.equals("conversation") || kind.equals("ticket"))) {
					yield new Invalid(type + " needs payload.kind (conversation or ticket) and payload.id.", type);
				}
				yield type.equals("viewing") ? new Viewing(kind, id, payload.path("typing").asBoolean(false))
						: new StoppedViewing(kind, id);
			}
			case String t when Cobrowse.TYPES.contains(t) -> payload.isObject() ? new Cobrowse(t, payload)
					: new Invalid(t + " needs a payload object.", t);
			default -> new Invalid("Unknown frame type '" + type + "'.", type);
		};
	}

	private static @Nullable String text(JsonNode node, String field) {
		var value = node.path(field);
		return value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}
}
