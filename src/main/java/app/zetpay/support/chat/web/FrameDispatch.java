package app.zetpay.support.chat.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import app.zetpay.support.chat.CobrowseFrames;
import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.internal.ChatMessageView;
import app.zetpay.support.chat.internal.ChatMessaging;
import app.zetpay.support.chat.internal.ChatProperties;
import app.zetpay.support.chat.internal.ChatSignals;
import app.zetpay.support.chat.internal.ChatViews;
import app.zetpay.support.chat.internal.ItemViewers;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

/** The frames of an authenticated socket that are chat use cases: each one call, and its answer. */
@Component
class FrameDispatch {

	private static final String VIEWING = "viewing";

	private final ChatMessaging messaging;
	private final ChatSignals signals;
	private final ChatViews views;
	private final ChatProperties properties;
	private final SocketReplies replies;
	private final ItemViewers viewers;
	private final List<CobrowseFrames> cobrowse;

	FrameDispatch(ChatMessaging messaging, ChatSignals signals, ChatViews views, ChatProperties properties,
			SocketReplies replies, ItemViewers viewers, List<CobrowseFrames> cobrowse) {
		this.viewers = viewers;
		this.cobrowse = List.copyOf(cobrowse);
		this.messaging = messaging;
		this.signals = signals;
		this.views = views;
		this.properties = properties;
		this.replies = replies;
	}

	void dispatch(WebSocketSession session, Caller caller, ClientFrame frame) {
		switch (frame) {
			case ClientFrame.SendMessage m -> {
				var posted = messaging.post(caller, m.chatId(), new ChatMessaging.NewMessage(m.text(), m.imageUrl(),
						m.type(), m.receiverId(), m.clientMessageId()));
				var ack = new LinkedHashMap<String, Object>();
				ack.put("clientMessageId", m.clientMessageId());
				ack.put("replayed", posted.replayed());
				ack.put("message", posted.message());
				replies.send(session, ServerFrame.MESSAGE_ACK, ack);
			}
			case ClientFrame.Resume r -> resume(session, caller, r);
			case ClientFrame.Typing t -> signals.typing(caller, t.chatId(), t.isTyping());
			case ClientFrame.Read r -> signals.markRead(caller, r.chatId(), r.messageId());
			case ClientFrame.Viewing v -> {
				viewers.viewing(caller, session.getId(), v.kind(), v.id(), v.typing());
				viewing(session).add(ItemViewers.item(v.kind(), v.id()));
			}
			case ClientFrame.StoppedViewing v -> {
				viewing(session).remove(ItemViewers.item(v.kind(), v.id()));
				viewers.stopped(caller, session.getId(), v.kind(), v.id());
			}
			case ClientFrame.Cobrowse c -> {
				if (cobrowse.isEmpty()) {
					throw ProblemException.notFound("Co-browsing");
				}
				cobrowse.forEach(handler -> handler.handle(socket(session), caller, c.type(), c.payload()));
			}
			case ClientFrame.Authenticate a -> throw new IllegalStateException("handled before dispatch");
			case ClientFrame.Reauthenticate a -> throw new IllegalStateException("handled before dispatch");
			case ClientFrame.Ping p -> throw new IllegalStateException("handled before dispatch");
			case ClientFrame.Invalid i -> throw new IllegalStateException("handled before dispatch");
		}
	}

	/** Replays from the database whatever the client has not seen, in order, then says it is done. */
	private void resume(WebSocketSession session, Caller caller, ClientFrame.Resume resume) {
		var afterSeq = resume.afterSeq();
		while (true) {
			var batch = views.after(caller, resume.chatId(), afterSeq, properties.replayBatch());
			for (ChatMessageView message : batch) {
				replies.send(session, ServerFrame.CHAT_MESSAGE, message);
				afterSeq = message.seq();
			}
			if (batch.size() < properties.replayBatch()) {
				break;
			}
		}
		replies.send(session, ServerFrame.RESUME_COMPLETE, Map.of("chatId", resume.chatId(), "lastSeq", afterSeq));
	}

	/** A closed socket stops viewing whatever it had open; the other viewers are told. */
	void closed(WebSocketSession session, @Nullable Caller caller) {
		if (caller == null) {
			return;
		}
		cobrowse.forEach(handler -> handler.closed(socket(session), caller));
		for (var item : List.copyOf(viewing(session))) {
			var at = item.indexOf(':');
			viewers.stopped(caller, session.getId(), item.substring(0, at), item.substring(at + 1));
		}
	}

	/** The socket as other modules see it: its concurrent-send wrapper, whose buffer tells how far behind it is. */
	private static CobrowseFrames.FrameSocket socket(WebSocketSession session) {
		var decorated = SocketReplies.decorated(session);
		return new CobrowseFrames.FrameSocket() {

			@Override
			public String id() {
				return session.getId();
			}

			@Override
			public boolean isOpen() {
				return decorated.isOpen();
			}

			@Override
			public void send(String frame) {
				SocketRegistry.send(decorated, new TextMessage(frame));
			}

			@Override
			public int bufferedBytes() {
				return decorated instanceof ConcurrentWebSocketSessionDecorator buffered ? buffered.getBufferSize() : 0;
			}
		};
	}

	@SuppressWarnings("unchecked")
	private static Set<String> viewing(WebSocketSession session) {
		return (Set<String>) session.getAttributes().computeIfAbsent(VIEWING, k -> ConcurrentHashMap.newKeySet());
	}
}
