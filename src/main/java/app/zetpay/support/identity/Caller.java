package app.zetpay.support.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who made a request or opened a socket, as established from their bearer token. Controllers take
 * it with {@code @AuthenticationPrincipal Caller caller}.
 */
public sealed interface Caller {

	/** The id other records refer to: the customer's token subject, or the agent id. */
	String id();

	String displayName();

	/** An app user; {@code userId} is the identity provider's subject (Firebase {@code uid}). */
	record Customer(String userId, @Nullable String name) implements Caller {

		@Override
		public String id() {
			return userId;
		}

		@Override
		public String displayName() {
			return name == null || name.isBlank() ? "Customer" : name;
		}
	}

	/** A signed-in local account: agent, supervisor or admin. */
	record Staff(AgentId agentId, String name, EmailAddress email, Set<Role> roles, Set<TeamName> teams)
			implements Caller {

		public Staff {
			roles = Set.copyOf(roles);
			teams = Set.copyOf(teams);
		}

		@Override
		public String id() {
			return agentId.value();
		}

		@Override
		public String displayName() {
			return name;
		}

		public boolean hasRole(Role role) {
			return roles.contains(role);
		}
	}
}
