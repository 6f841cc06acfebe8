package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.AgentSignedOut;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;

/**
 * Signing out revokes the token it was sent with, on every node at once (the revocation is in the
 * database, checked on every request) and closes the sockets opened with it (through
 * {@link AgentSignedOut}). Other devices of the same agent stay signed in.
 */
@Service
public class SignOut {

	private final RevokedTokens revoked;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SignOut(RevokedTokens revoked, ApplicationEventPublisher events, Clock clock) {
		this.revoked = revoked;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void signOut(Caller caller, Jwt token) {
		if (!(caller instanceof Caller.Staff staff)) {
			throw ProblemException.badRequest("not-signed-in-here",
					"Customers sign out in the app; only agents' tokens are issued and revoked here.");
		}
		var tokenId = token.getId();
		if (tokenId == null) {
			// Issued before tokens carried an id: it cannot be told apart, so it expires on its own.
			throw ProblemException.badRequest("token-without-id",
					"This token predates sign-out support; it stops working when it expires.");
		}
		var expiresAt = token.getExpiresAt() == null ? clock.instant() : token.getExpiresAt();
		revoked.revoke(tokenId, staff.id(), expiresAt);
		events.publishEvent(new AgentSignedOut(staff.agentId(), tokenId));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	@Transactional
	void forgetExpired() {
		revoked.deleteExpired(Instant.now(clock));
	}
}
