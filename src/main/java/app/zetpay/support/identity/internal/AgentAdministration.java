package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentAccountCreated;
import app.zetpay.support.identity.AgentAccountUpdated;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.AgentPasswordChanged;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.EmailAddress;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/**
 * Creating and changing local accounts. Guards the rules that keep the product administrable: an
 * admin cannot lock themselves out, and the last enabled admin cannot be disabled or demoted.
 */
@Service
public class AgentAdministration implements AgentDirectory {

	public static final int DEFAULT_CAPACITY = 5;

	private final Agents agents;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AgentAdministration(Agents agents, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.agents = agents;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/** What an admin supplies for a new account. */
	public record NewAgent(EmailAddress email, String name, Password password, Set<Role> roles, Set<TeamName> teams,
			int maxConcurrentChats) {
	}

	/** A partial edit: null fields stay as they are. */
	public record AgentChanges(@Nullable String name, @Nullable Set<Role> roles, @Nullable Set<TeamName> teams,
			@Nullable Integer maxConcurrentChats, @Nullable Password password) {
	}

	/**
	 * An account whose password its holder chose or was told by configuration (the first admin at the
	 * first start): it is theirs, nothing forces a change.
	 */
	@Transactional
	public AgentAccount create(NewAgent command) {
		return createHashed(command, passwords.encode(command.password().value()));
	}

	/**
	 * An account with a password someone else chose (an admin, an invite): its holder must choose their
	 * own at the first sign-in before anything else ({@link PasswordChangeGate}, decision 0047).
	 */
	@Transactional
	public AgentAccount createForSomeoneElse(NewAgent command) {
		var account = create(command);
		agents.requirePasswordChange(account.id(), true);
		return account;
	}

	/**
	 * Like {@link #create}, with the password's hash made beforehand (the demo agents': their passwords
	 * are public, so their hashes are constants and a start does not spend CPU on BCrypt).
	 */
	@Transactional
	AgentAccount createHashed(NewAgent command, String passwordHash) {
		requireRoles(command.roles());
		var now = clock.instant();
		var account = new AgentAccount(AgentId.generate(), command.email(), requireName(command.name()),
				command.roles(), command.teams(), requireCapacity(command.maxConcurrentChats()), true, now, now);
		try {
			agents.insert(account, passwordHash);
		}
		catch (DuplicateKeyException e) {
			throw ProblemException.conflict("email-taken", "An account with this email already exists.");
		}
		events.publishEvent(new AgentAccountCreated(account));
		return account;
	}

	@Transactional
	public AgentAccount update(AgentId id, AgentChanges changes, Caller.Staff actor) {
		var current = require(id);
		var roles = changes.roles() == null ? current.roles() : requireRoles(changes.roles());
		if (current.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			guardAdminRemoval(current, actor, "remove the admin role from");
		}
		var updated = new AgentAccount(current.id(), current.email(),
				changes.name() == null ? current.name() : requireName(changes.name()), roles,
				changes.teams() == null ? current.teams() : changes.teams(),
				changes.maxConcurrentChats() == null ? current.maxConcurrentChats()
						: requireCapacity(changes.maxConcurrentChats()),
				current.enabled(), current.createdAt(), clock.instant());
		agents.update(updated);
		if (changes.password() != null) {
			setPassword(id, changes.password(), actor);
		}
		events.publishEvent(new AgentAccountUpdated(updated));
		return updated;
	}

	@Transactional
	public AgentAccount setEnabled(AgentId id, boolean enabled, Caller.Staff actor) {
		var current = require(id);
		if (current.enabled() == enabled) {
			return current;
		}
		if (!enabled && current.hasRole(Role.ADMIN)) {
			guardAdminRemoval(current, actor, "disable");
		}
		var updated = new AgentAccount(current.id(), current.email(), current.name(), current.roles(),
				current.teams(), current.maxConcurrentChats(), enabled, current.createdAt(), clock.instant());
		agents.update(updated);
		events.publishEvent(new AgentAccountUpdated(updated));
		return updated;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AgentAccount> find(AgentId id) {
		return agents.findById(id).map(Agents.StoredAgent::account);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgentAccount> findAll() {
		return agents.findAll().stream().map(Agents.StoredAgent::account).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasEnabledMember(TeamName team) {
		return agents.countEnabledInTeam(team) > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Instant> tokensValidAfter(AgentId id) {
		return agents.findById(id).map(Agents.StoredAgent::tokensValidAfter);
	}

	public AgentAccount require(AgentId id) {
		return find(id).orElseThrow(() -> ProblemException.notFound("Agent " + id));
	}

	/**
	 * A password set for someone else is a one-time password, as a reset's: the holder must replace it,
	 * and every token they hold stops working (sockets close on every node). One's own is just changed.
	 */
	private void setPassword(AgentId id, Password password, Caller.Staff actor) {
		agents.updatePassword(id, passwords.encode(password.value()));
		if (!id.equals(actor.agentId())) {
			agents.requirePasswordChange(id, true);
			var validAfter = agents.revokeTokensIssuedBefore(id, clock.instant());
			events.publishEvent(new AgentPasswordChanged(id, validAfter));
		}
	}

	private void guardAdminRemoval(AgentAccount target, Caller.Staff actor, String action) {
		if (target.id().equals(actor.agentId())) {
			throw ProblemException.conflict("cannot-change-own-admin", "You cannot " + action + " your own account.");
		}
		if (target.enabled() && agents.countEnabledAdmins() <= 1) {
			throw ProblemException.conflict("last-admin", "You cannot " + action + " the last enabled admin.");
		}
	}

	private static Set<Role> requireRoles(Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new InvalidFieldException("roles", "must name at least one of AGENT, SUPERVISOR, ADMIN");
		}
		return EnumSet.copyOf(roles);
	}

	private static String requireName(String name) {
		var stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > 120) {
			throw new InvalidFieldException("name", "must be 1 to 120 characters");
		}
		return stripped;
	}

	private static int requireCapacity(int capacity) {
		if (capacity < 1 || capacity > 50) {
			throw new InvalidFieldException("maxConcurrentChats", "must be between 1 and 50");
		}
		return capacity;
	}
}
