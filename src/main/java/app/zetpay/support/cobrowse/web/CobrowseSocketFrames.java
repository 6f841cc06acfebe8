package app.zetpay.support.cobrowse.web;


import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.CobrowseFrames;
import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.cobrowse.internal.Cobrowsing;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

import tools.jackson.databind.JsonNode;

/**
 * The {@code cobrowse_*} socket frames: reads each payload and calls one use case; who may do what
 * is decided there, for every frame.
 */
@Component
class CobrowseSocketFrames implements CobrowseFrames {

	private final Cobrowsing cobrowsing;

	CobrowseSocketFrames(Cobrowsing cobrowsing) {
		this.cobrowsing = cobrowsing;
	}

	@Override
	public void handle(FrameSocket socket, Caller caller, String type, JsonNode payload) {
		switch (type) {
			case "cobrowse_request" -> {
				var session = cobrowsing.request(caller, required(payload, "chatId"), socket);
				reply(socket, session.id());
			}
			case "cobrowse_respond" -> {
				var accept = payload.path("accept");
				if (!accept.isBoolean()) {
					throw ProblemException.badRequest("invalid-frame", "cobrowse_respond needs payload.accept (true or false).");
				}
				cobrowsing.respond(caller, required(payload, "sessionId"), accept.asBoolean(), socket);
			}
			case "cobrowse_end" -> cobrowsing.end(caller, required(payload, "sessionId"),
					payload.path("pageClosed").asBoolean(false));
			case "cobrowse_resume" -> cobrowsing.resume(caller, required(payload, "sessionId"), socket);
			case "cobrowse_watch" -> cobrowsing.watch(caller, required(payload, "sessionId"), socket);
			case "cobrowse_highlight" -> {
				var node = payload.path("nodeId");
				if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > Integer.MAX_VALUE) {
					throw ProblemException.badRequest("invalid-frame", "cobrowse_highlight needs a positive integer payload.nodeId.");
				}
				cobrowsing.highlight(caller, required(payload, "sessionId"), node.asLong());
			}
			case "cobrowse_events" -> cobrowsing.relay(caller, socket, page(payload));
			default -> throw ProblemException.badRequest("invalid-frame", "Unknown co-browsing frame " + type + ".");
		}
	}

	@Override
	public void closed(FrameSocket socket, Caller caller) {
		cobrowsing.closed(socket.id());
	}

	/** The asking socket learns the new session's id at once (both sides also get {@code cobrowse_session}). */
	private static void reply(FrameSocket socket, String sessionId) {
		socket.send("{\"type\":\"" + ServerFrame.COBROWSE_SESSION.wire() + "\",\"payload\":{\"sessionId\":\""
				+ sessionId + "\",\"state\":\"REQUESTED\",\"requested\":true}}");
	}

	private static Cobrowsing.PageFrame page(JsonNode payload) {
		var data = payload.path("data");
		var seq = payload.path("seq");
		var chunk = payload.path("chunk");
		var chunks = payload.path("chunks");
		if (!data.isString() || !seq.isIntegralNumber() || seq.asLong() < 0) {
			throw ProblemException.badRequest("invalid-frame",
					"cobrowse_events needs payload.sessionId, a non-negative integer payload.seq and payload.data (a string).");
		}
		var count = chunks.isMissingNode() ? 1 : chunks.asInt(-1);
		var index = chunk.isMissingNode() ? 0 : chunk.asInt(-1);
		if (count < 1 || index < 0 || index >= count) {
			throw ProblemException.badRequest("invalid-frame", "cobrowse_events needs 0 <= payload.chunk < payload.chunks.");
		}
		return new Cobrowsing.PageFrame(required(payload, "sessionId"), seq.asLong(), payload.path("full").asBoolean(false),
				index, count, data.asString());
	}

	private static String required(JsonNode payload, String field) {
		@Nullable String value = payload.path(field).isString() ? payload.path(field).asString() : null;
		if (value == null || value.isBlank() || value.length() > 64) {
			throw ProblemException.badRequest("invalid-frame", "This co-browsing frame needs payload." + field + ".");
		}
		return value;
	}

}
