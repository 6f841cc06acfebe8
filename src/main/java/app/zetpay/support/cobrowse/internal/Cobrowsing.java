package app.zetpay.support.cobrowse.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import app.zetpay.support.chat.ChatLookup;
import app.zetpay.support.chat.CobrowseFrames.FrameSocket;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.UserNotifier;
import app.zetpay.support.cobrowse.internal.CobrowseSession.EndReason;
import app.zetpay.support.cobrowse.internal.CobrowseSession.State;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The co-browsing use cases. Consent is the session's row: the page's frames are relayed only while
 * it is ACTIVE, checked on every frame, so a session ended on any node stops its stream at the next
 * frame. Every change is told to both sides and kept (metadata only) for the audit.
 */
@Service
public class Cobrowsing {

	private static final Logger audit = LoggerFactory.getLogger("app.zetpay.support.cobrowse.audit");

	private final CobrowseSessions sessions;
	private final ChatLookup chats;
	private final UserNotifier notifier;
	private final Captures captures;
	private final Viewers viewers;
	private final Relay relay;
	private final CobrowseProperties properties;
	private final JsonMapper json;
	private final Clock clock;

	Cobrowsing(CobrowseSessions sessions, ChatLookup chats, UserNotifier notifier, Captures captures, Viewers viewers,
			Relay relay, CobrowseProperties properties, JsonMapper json, Clock clock) {
		this.sessions = sessions;
		this.chats = chats;
		this.notifier = notifier;
		this.captures = captures;
		this.viewers = viewers;
		this.relay = relay;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/** The chat's assigned agent asks to see the customer's page; the asking socket will watch it. */
	public CobrowseSession request(Caller caller, String chatId, FrameSocket socket) {
		if (!(caller instanceof Caller.Staff staff)) {
			throw forbidden("Only the chat's agent can ask to co-browse.");
		}
		var chat = chats.find(caller, chatId).orElseThrow(() -> ProblemException.notFound("Chat"));
		if (chat.status() != ConversationStatus.ASSIGNED || !staff.id().equals(chat.assignedAgentId())) {
			throw forbidden("Only the agent the chat is assigned to can ask to co-browse.");
		}
		if (!sessions.openIn(chatId).isEmpty()) {
			throw ProblemException.conflict("cobrowse-open", "A co-browsing session is already open in this chat.");
		}
		var session = CobrowseSession.requested(chatId, staff.id(), staff.name(), chat.customerId(), clock.instant());
		sessions.add(session);
		audit(session, staff.id());
		viewers.watch(session.id(), socket, socketId -> askForSnapshot(session));
		tell(session);
		return session;
	}

	/** The customer answers; accepting from a socket makes that socket the only one whose page is relayed. */
	public CobrowseSession respond(Caller caller, String sessionId, boolean accept, FrameSocket socket) {
		var session = sessions.find(sessionId).filter(s -> s.customerId().equals(caller.id()))
				.orElseThrow(() -> forbidden("Only the customer asked can answer a co-browsing request."));
		if (!(caller instanceof Caller.Customer)) {
			throw forbidden("Only the customer asked can answer a co-browsing request.");
		}
		var answered = accept ? session.accepted(clock.instant()) : session.declined(clock.instant());
		if (!sessions.update(answered, State.REQUESTED)) {
			throw ProblemException.conflict("cobrowse-not-requested", "This co-browsing request was already answered or ended.");
		}
		if (accept) {
			sessions.captureStarted(answered.id(), captures.start(answered, socket.id()).id());
		}
		audit(answered, caller.id());
		tell(answered);
		return answered;
	}

	/** Either side stops it; {@code pageClosed}: the customer's page is being left (unloaded), which ends it at once. */
	public void end(Caller caller, String sessionId, boolean pageClosed) {
		var session = sessions.find(sessionId).filter(s -> s.participant(caller.id()))
				.orElseThrow(() -> forbidden("Only the session's customer or agent can end it."));
		var byCustomer = session.customerId().equals(caller.id());
		end(session, caller.id(), byCustomer && pageClosed ? EndReason.PAGE_CLOSED
				: byCustomer ? EndReason.ENDED_BY_CUSTOMER : EndReason.ENDED_BY_AGENT);
	}

	/**
	 * The customer's page is back after its socket dropped (a network blip): the socket it resumes on
	 * sends the session from now on, and it is asked for a fresh snapshot, since what changed while it
	 * was away was never sent. Only the session's customer, while the session is active.
	 */
	public void resume(Caller caller, String sessionId, FrameSocket socket) {
		var session = sessions.find(sessionId)
				.filter(s -> caller instanceof Caller.Customer && s.customerId().equals(caller.id()))
				.orElseThrow(() -> forbidden("Only the customer whose page is shared can resume it."));
		if (session.state() != State.ACTIVE) {
			throw ProblemException.conflict("cobrowse-not-active", "This co-browsing session has ended.");
		}
		var capture = captures.start(session, socket.id());
		if (!sessions.captureStarted(session.id(), capture.id())) {
			captures.stop(session.id());
			throw ProblemException.conflict("cobrowse-not-active", "This co-browsing session has ended.");
		}
		audit.info("Co-browsing {} in chat {}: the customer's page is back", session.id(), session.conversationId());
		tell(session, false);
		askForSnapshot(session);
	}

	/** The system ends it (the chat closed, another agent, too long, the page went away, limits). */
	public void end(String sessionId, EndReason reason) {
		sessions.find(sessionId).filter(s -> s.state().isOpen()).ifPresent(s -> end(s, null, reason));
	}

	/** Ends every open session of a chat. */
	public void endAllIn(String chatId, EndReason reason) {
		sessions.openIn(chatId).forEach(s -> end(s, null, reason));
	}

	/** Ends what has run too long or waited too long for an answer. */
	public void sweep() {
		var now = clock.instant();
		sessions.since(State.ACTIVE, now.minus(properties.maxDuration()))
				.forEach(s -> end(s, null, EndReason.MAX_DURATION));
		sessions.since(State.REQUESTED, now.minus(properties.answerWithin()))
				.forEach(s -> end(s, null, EndReason.NOT_ANSWERED));
		sessions.pageLostBefore(now.minus(properties.reconnectGrace()))
				.forEach(s -> end(s, null, EndReason.PAGE_LOST));
	}

	private void end(CobrowseSession session, @Nullable String by, EndReason reason) {
		if (!session.state().isOpen()) {
			return;
		}
		var ended = session.ended(clock.instant(), by, reason);
		if (!sessions.update(ended, session.state())) {
			// Another node or thread changed it meanwhile; whichever ended it told both sides.
			sessions.find(session.id()).filter(s -> s.state().isOpen()).ifPresent(s -> end(s, by, reason));
			return;
		}
		captures.stop(session.id());
		viewers.ended(session.id());
		relay.publish(session.id(), Relay.ENDED);
		audit(ended, by);
		tell(ended);
	}

	/**
	 * Relays one chunk of the customer's recorded page to the agent. Refused unless it comes from the
	 * socket that accepted and the session is still active; a session over its limits is ended.
	 */
	public void relay(Caller caller, FrameSocket socket, PageFrame frame) {
		var capture = captures.of(frame.sessionId(), socket.id())
				.filter(c -> c.customerId().equals(caller.id()))
				.orElseThrow(() -> forbidden("Only the page that accepted a co-browsing session can send to it."));
		var session = sessions.find(frame.sessionId()).orElseThrow(() -> ProblemException.notFound("Co-browsing session"));
		if (session.state() != State.ACTIVE) {
			captures.stop(session.id());
			throw ProblemException.conflict("cobrowse-not-active", "This co-browsing session has ended.");
		}
		var exceeded = capture.limit().exceededBy(frame.data().length(), System.nanoTime());
		if (exceeded != null) {
			end(session, null, EndReason.LIMIT_EXCEEDED);
			throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "cobrowse-limit",
					"Co-browsing ended: the page sent " + exceeded + ".");
		}
		var payload = new LinkedHashMap<String, Object>();
		payload.put("sessionId", session.id());
		payload.put("seq", frame.seq());
		payload.put("full", frame.full());
		payload.put("chunk", frame.chunk());
		payload.put("chunks", frame.chunks());
		payload.put("data", frame.data());
		var envelope = new LinkedHashMap<String, Object>(2);
		envelope.put("type", ServerFrame.COBROWSE_EVENTS.wire());
		envelope.put("payload", payload);
		var text = json.writeValueAsString(envelope);
		var kind = !frame.full() ? Relay.INCREMENTAL : frame.chunk() == 0 ? Relay.SNAPSHOT_START : Relay.SNAPSHOT_MORE;
		relay.publish(session.id(), kind + text);
	}

	/** The agent points at an element of the customer's page (rrweb's id of the node); the customer sees it. */
	public void highlight(Caller caller, String sessionId, long nodeId) {
		var session = activeOf(caller, sessionId);
		notifier.notify(Set.of(session.customerId()), ServerFrame.COBROWSE_HIGHLIGHT,
				Map.of("sessionId", session.id(), "nodeId", nodeId));
	}

	/** The agent's socket (a new one, after a reconnect) watches the session again, from a fresh snapshot. */
	public void watch(Caller caller, String sessionId, FrameSocket socket) {
		var session = sessions.find(sessionId).filter(s -> s.agentId().equals(caller.id()) && s.state().isOpen())
				.orElseThrow(() -> forbidden("Only the session's agent can watch it, while it is open."));
		viewers.watch(session.id(), socket, socketId -> askForSnapshot(session));
	}

	/**
	 * A socket closed: it watches nothing any more, and a page it was recording is gone, for good or
	 * for a blip. Within the reconnect grace the session waits for the page (the agent is told); the
	 * sweep ends it if the page has not resumed by then.
	 */
	public void closed(String socketId) {
		viewers.closed(socketId);
		for (var capture : captures.closed(socketId)) {
			if (properties.reconnectGrace().isZero()) {
				end(capture.sessionId(), EndReason.PAGE_CLOSED);
			}
			else if (sessions.pageLost(capture.sessionId(), capture.id(), clock.instant())) {
				sessions.find(capture.sessionId()).ifPresent(s -> {
					audit.info("Co-browsing {} in chat {}: the customer's page dropped; waiting {} for it", s.id(),
							s.conversationId(), properties.reconnectGrace());
					tell(s, true);
				});
			}
		}
	}

	private CobrowseSession activeOf(Caller caller, String sessionId) {
		var session = sessions.find(sessionId).filter(s -> s.agentId().equals(caller.id()))
				.orElseThrow(() -> forbidden("Only the session's agent can point at the customer's page."));
		if (session.state() != State.ACTIVE) {
			throw ProblemException.conflict("cobrowse-not-active", "This co-browsing session is not active.");
		}
		return session;
	}

	private void askForSnapshot(CobrowseSession session) {
		notifier.notify(Set.of(session.customerId()), ServerFrame.COBROWSE_RESYNC, Map.of("sessionId", session.id()));
	}

	private void tell(CobrowseSession session) {
		tell(session, false);
	}

	/** {@code pageLost}: the page's socket dropped and the session waits for it to come back. */
	private void tell(CobrowseSession session, boolean pageLost) {
		var payload = new LinkedHashMap<String, @Nullable Object>();
		payload.put("sessionId", session.id());
		payload.put("chatId", session.conversationId());
		payload.put("state", session.state().name());
		payload.put("agentId", session.agentId());
		payload.put("agentName", session.agentName());
		payload.put("maxDurationSeconds", properties.maxDuration().toSeconds());
		payload.put("pageLost", pageLost);
		if (pageLost) {
			payload.put("reconnectGraceSeconds", properties.reconnectGrace().toSeconds());
		}
		payload.put("requestedAt", session.requestedAt());
		payload.put("answeredAt", session.answeredAt());
		payload.put("endedAt", session.endedAt());
		payload.put("endReason", session.endReason() == null ? null : session.endReason().name());
		payload.put("endedBy", session.endedBy() == null ? null
				: session.endedBy().equals(session.customerId()) ? "customer" : "agent");
		notifier.notify(Set.of(session.customerId(), session.agentId()), ServerFrame.COBROWSE_SESSION, payload);
	}

	private void audit(CobrowseSession session, @Nullable String by) {
		audit.info("Co-browsing {} in chat {} (agent {}, customer {}): {}{} by {}, shared {}", session.id(),
				session.conversationId(), session.agentId(), session.customerId(), session.state(),
				session.endReason() == null ? "" : " (" + session.endReason() + ")", by == null ? "the system" : by,
				session.shared(clock.instant()));
	}

	private static ProblemException forbidden(String detail) {
		return new ProblemException(HttpStatus.FORBIDDEN, "cobrowse-forbidden", detail);
	}

	/** One chunk of the customer's recorded page, as the socket adapter parsed it. */
	public record PageFrame(String sessionId, long seq, boolean full, int chunk, int chunks, String data) {
	}
}
