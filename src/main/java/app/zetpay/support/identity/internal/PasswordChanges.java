package app.zetpay.support.identity.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentPasswordChanged;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/**
 * A staff member chooses their own password: always allowed, and required after signing in with a
 * one-time password. The current password is checked like a sign-in (a wrong one counts as a failed
 * sign-in and is throttled the same way), so a stolen token alone cannot take the account over. Every
 * other token of the account stops working; the caller gets a fresh one.
 */
@Service
public class PasswordChanges {

	private final Agents agents;
	private final SignIn signIn;
	private final LoginAttempts attempts;
	private final PasswordEncoder passwords;
	private final TokenIssuer tokens;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	PasswordChanges(Agents agents, SignIn signIn, LoginAttempts attempts, PasswordEncoder passwords,
			TokenIssuer tokens, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.agents = agents;
		this.signIn = signIn;
		this.attempts = attempts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The account as it is now and the token that replaces the caller's. */
	public record Changed(AgentAccount account, TokenIssuer.IssuedToken token) {
	}

	/** Not one transaction: a wrong current password must be recorded although we refuse. */
	public Changed change(Caller.Staff caller, String currentPassword, String newPassword, String clientIp) {
		var now = clock.instant();
		var stored = agents.findById(caller.agentId())
				.orElseThrow(() -> ProblemException.notFound("Agent " + caller.agentId()));
		var email = stored.account().email().value();
		var client = new LoginAttempts.Client(clientIp, null);
		signIn.refuseIfThrottled(email, client, now);
		if (!passwords.matches(currentPassword, stored.passwordHash())) {
			attempts.record(email, client, false, now);
			throw new InvalidFieldException("currentPassword", "is not your current password");
		}
		var chosen = Password.of("newPassword", newPassword);
		if (passwords.matches(chosen.value(), stored.passwordHash())) {
			throw new InvalidFieldException("newPassword", "must differ from your current password");
		}
		var hash = passwords.encode(chosen.value());
		transactions.executeWithoutResult(status -> {
			agents.updatePassword(caller.agentId(), hash);
			agents.requirePasswordChange(caller.agentId(), false);
			var validAfter = agents.revokeTokensIssuedBefore(caller.agentId(), now);
			events.publishEvent(new AgentPasswordChanged(caller.agentId(), validAfter));
		});
		return new Changed(stored.account(), tokens.forAgent(stored.account()));
	}
}
