package app.zetpay.support.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentPasswordChanged;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.internal.AgentAdministration.AgentChanges;
import app.zetpay.support.identity.internal.AgentAdministration.NewAgent;
import app.zetpay.support.shared.ProblemException;

/**
 * Account changes from the team page, for supervisors and admins: each checked against
 * {@link StaffPowers}, then done by {@link AgentAdministration}. There is no e-mail server, so new
 * accounts and resets get a one-time password that the page shows once and nobody stores in clear,
 * and that must be replaced by the person's own at their next sign-in ({@link PasswordChanges}).
 */
@Service
public class TeamAdministration {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
	private static final int ONE_TIME_LENGTH = 16;

	private final AgentAdministration administration;
	private final Agents agents;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	TeamAdministration(AgentAdministration administration, Agents agents, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.administration = administration;
		this.agents = agents;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/** An account and the password to hand over once. */
	public record WithOneTimePassword(AgentAccount account, String oneTimePassword) {
	}

	@Transactional
	public WithOneTimePassword invite(Caller.Staff actor, EmailAddress email, String name, Set<Role> roles,
			Set<TeamName> teams, int maxConcurrentChats) {
		StaffPowers.requireMayCreate(actor, roles);
		var password = oneTimePassword();
		var account = administration.createForSomeoneElse(new NewAgent(email, name, new Password(password), roles,
				teams, maxConcurrentChats));
		return new WithOneTimePassword(account, password);
	}

	@Transactional
	public AgentAccount update(Caller.Staff actor, AgentId id, AgentChanges changes) {
		if (changes.password() != null) {
			throw ProblemException.badRequest("password-not-here", "Reset the password instead.");
		}
		var target = administration.require(id);
		StaffPowers.requireMayEdit(actor, target, changes.roles() == null ? target.roles() : changes.roles());
		return administration.update(id, changes, actor);
	}

	@Transactional
	public AgentAccount setEnabled(Caller.Staff actor, AgentId id, boolean enabled) {
		StaffPowers.requireMayLockOrUnlock(actor, administration.require(id));
		return administration.setEnabled(id, enabled, actor);
	}

	/**
	 * A new one-time password; every token the account holds stops working at its next request. Not
	 * for one's own account: that would sign the actor out with a password they did not choose.
	 */
	@Transactional
	public WithOneTimePassword resetPassword(Caller.Staff actor, AgentId id) {
		var target = administration.require(id);
		if (target.id().equals(actor.agentId())) {
			throw ProblemException.conflict("cannot-reset-own-password", "You cannot reset your own password here.");
		}
		StaffPowers.requireMayLockOrUnlock(actor, target);
		var password = oneTimePassword();
		agents.updatePassword(id, passwords.encode(password));
		agents.requirePasswordChange(id, true);
		var validAfter = agents.revokeTokensIssuedBefore(id, clock.instant());
		// Closes the account's open sockets on every node, as the HTTP routes refuse its old tokens.
		events.publishEvent(new AgentPasswordChanged(id, validAfter));
		return new WithOneTimePassword(target, password);
	}

	private String oneTimePassword() {
		var chars = new char[ONE_TIME_LENGTH];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
		}
		return new String(chars);
	}
}
