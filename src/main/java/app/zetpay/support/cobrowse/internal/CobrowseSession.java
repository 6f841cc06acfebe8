package app.zetpay.support.cobrowse.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.shared.ProblemException;

/**
 * One co-browsing session and its consent: requested by the chat's agent, then accepted (the only
 * state in which the customer's page is relayed) or declined, and finally ended by either side or by
 * the system. Each transition checks the current state; a session never goes back.
 */
public record CobrowseSession(String id, String conversationId, String agentId, String agentName, String customerId,
		State state, Instant requestedAt, @Nullable Instant answeredAt, @Nullable Instant endedAt,
		@Nullable String endedBy, @Nullable EndReason endReason) {

	public enum State {
		/** Asked; the customer has not answered. Nothing is captured. */
		REQUESTED,
		/** The customer consented: the page is relayed until the session ends. */
		ACTIVE,
		/** The customer said no. Final. */
		DECLINED,
		/** Ended after being requested or accepted. Final. */
		ENDED;

		public boolean isOpen() {
			return this == REQUESTED || this == ACTIVE;
		}
	}

	/** Why a session ended, as both sides and the audit see it. */
	public enum EndReason {
		ENDED_BY_CUSTOMER, ENDED_BY_AGENT, CHAT_CLOSED, AGENT_CHANGED, MAX_DURATION, PAGE_CLOSED, NOT_ANSWERED,
		LIMIT_EXCEEDED,
		/** The page's socket dropped and the page did not come back within the reconnect grace. */
		PAGE_LOST
	}

	static CobrowseSession requested(String conversationId, String agentId, String agentName, String customerId,
			Instant at) {
		return new CobrowseSession(UUID.randomUUID().toString(), conversationId, agentId, agentName, customerId,
				State.REQUESTED, at, null, null, null, null);
	}

	CobrowseSession accepted(Instant at) {
		requireState(State.REQUESTED, "accept");
		return new CobrowseSession(id, conversationId, agentId, agentName, customerId, State.ACTIVE, requestedAt, at,
				null, null, null);
	}

	CobrowseSession declined(Instant at) {
		requireState(State.REQUESTED, "decline");
		return new CobrowseSession(id, conversationId, agentId, agentName, customerId, State.DECLINED, requestedAt, at,
				at, customerId, null);
	}

	/** Ends a requested or active session; {@code by} is the user who ended it, or null for the system. */
	CobrowseSession ended(Instant at, @Nullable String by, EndReason reason) {
		if (!state.isOpen()) {
			throw ProblemException.conflict("cobrowse-not-open", "This co-browsing session is already " + state + ".");
		}
		return new CobrowseSession(id, conversationId, agentId, agentName, customerId, State.ENDED, requestedAt,
				answeredAt, at, by, reason);
	}

	/** How long the page was shared: from consent to end (or to {@code now} while active). */
	public Duration shared(Instant now) {
		if (answeredAt == null || state == State.DECLINED) {
			return Duration.ZERO;
		}
		return Duration.between(answeredAt, endedAt != null ? endedAt : now);
	}

	public boolean participant(String userId) {
		return agentId.equals(userId) || customerId.equals(userId);
	}

	private void requireState(State expected, String action) {
		if (state != expected) {
			throw ProblemException.conflict("cobrowse-not-requested",
					"Only a requested co-browsing session can be answered (" + action + "); this one is " + state + ".");
		}
	}
}
