package app.zetpay.support.chat.internal;

import java.util.LinkedHashMap;

import app.zetpay.support.chat.ServerFrame;

import tools.jackson.databind.json.JsonMapper;

/** The socket envelope {@code {"type": …, "payload": …}}, written one way everywhere. */
public final class Frames {

	private Frames() {
	}

	public static String json(JsonMapper json, ServerFrame type, Object payload) {
		var frame = new LinkedHashMap<String, Object>(2);
		frame.put("type", type.wire());
		frame.put("payload", payload);
		return json.writeValueAsString(frame);
	}
}
