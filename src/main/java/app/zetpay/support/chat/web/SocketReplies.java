package app.zetpay.support.chat.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.internal.Frames;
import app.zetpay.support.shared.ProblemException;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a socket is told in answer to its own frames: replies and {@code error} frames, written
 * through the session's concurrent-send decorator (the one pushes from other threads use too).
 */
@Component
class SocketReplies {

	private static final String DECORATED = "decorated";

	private final JsonMapper json;

	SocketReplies(JsonMapper json) {
		this.json = json;
	}

	void send(WebSocketSession session, ServerFrame type, Object payload) {
		SocketRegistry.send(decorated(session), new TextMessage(Frames.json(json, type, payload)));
	}

	/** A refused frame, with what the client needs to retry or give up: Retry-After, the chat, its message id. */
	void error(WebSocketSession session, ProblemException problem, ClientFrame frame) {
		var more = new LinkedHashMap<String, Object>();
		var retryAfter = problem.properties().get(ProblemException.RETRY_AFTER);
		if (retryAfter != null) {
			more.put(ProblemException.RETRY_AFTER, retryAfter);
		}
		if (frame.conversation() != null) {
			more.put("chatId", frame.conversation());
		}
		error(session, problem.getMessage(), problem.code(), frame.frameType(), clientMessageId(frame), more);
	}

	void error(WebSocketSession session, String message, String code, @Nullable String frameType,
			@Nullable String clientMessageId) {
		error(session, message, code, frameType, clientMessageId, Map.of());
	}

	private void error(WebSocketSession session, String message, String code, @Nullable String frameType,
			@Nullable String clientMessageId, Map<String, Object> more) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("message", message);
		payload.put("code", code);
		if (frameType != null) {
			payload.put("frame", frameType);
		}
		if (clientMessageId != null) {
			payload.put("clientMessageId", clientMessageId);
		}
		payload.putAll(more);
		send(session, ServerFrame.ERROR, payload);
	}

	static @Nullable String clientMessageId(ClientFrame frame) {
		return frame instanceof ClientFrame.SendMessage m ? m.clientMessageId() : null;
	}

	/** Wraps a new socket for concurrent sends; every later send and the registry use the wrapper. */
	static void decorate(WebSocketSession session, WebSocketSession decorated) {
		session.getAttributes().put(DECORATED, decorated);
	}

	static WebSocketSession decorated(WebSocketSession session) {
		var decorated = session.getAttributes().get(DECORATED);
		return decorated instanceof WebSocketSession wrapped ? wrapped : session;
	}
}
