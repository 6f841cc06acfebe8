package app.zetpay.support.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** A local account as other modules see it: no password, no sign-in history. */
public record AgentAccount(AgentId id, EmailAddress email, String name, Set<Role> roles, Set<TeamName> teams,
		int maxConcurrentChats, boolean enabled, Instant createdAt, Instant updatedAt) {

	public AgentAccount {
		roles = Set.copyOf(roles);
		teams = Set.copyOf(teams);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	/**
	 * What follows the @ when a note mentions this agent: the part of the e-mail address before the
	 * @, lower case. One definition, so the directory's suggestions and the mention matching agree.
	 */
	public String handle() {
		var address = email.value();
		return address.substring(0, address.indexOf('@')).toLowerCase(Locale.ROOT);
	}
}
