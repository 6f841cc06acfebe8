package app.zetpay.support.chat.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;

import tools.jackson.databind.json.JsonMapper;

/** The embedded default's fan-out: one node, so every socket is local. */
@Component
@ConditionalOnProperty(name = "support.chat.fanout", havingValue = "in-process", matchIfMissing = true)
class InProcessFanout implements Fanout {

	private final LocalSockets sockets;
	private final JsonMapper json;

	InProcessFanout(LocalSockets sockets, JsonMapper json) {
		this.sockets = sockets;
		this.json = json;
	}

	@Override
	public void publish(Set<String> userIds, ServerFrame type, Object payload) {
		sockets.deliver(userIds, Frames.json(json, type, payload));
	}

	@Override
	public void recheck(String userId, @Nullable String revokedTokenId) {
		sockets.recheck(userId, revokedTokenId);
	}
}
