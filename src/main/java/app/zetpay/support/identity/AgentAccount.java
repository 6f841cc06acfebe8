package app.zetpay.support.identity;

import java.time.Instant;
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
}
