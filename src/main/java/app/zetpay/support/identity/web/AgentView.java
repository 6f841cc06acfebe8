package app.zetpay.support.identity.web;

import java.time.Instant;
import java.util.List;

import app.zetpay.support.identity.AgentAccount;

/** An account as the admin API and sign-in show it. */
record AgentView(String id, String email, String name, List<String> roles, List<String> teams,
		int maxConcurrentChats, boolean enabled, Instant createdAt, Instant updatedAt) {

	static AgentView of(AgentAccount account) {
		return new AgentView(account.id().value(), account.email().value(), account.name(),
				account.roles().stream().map(Enum::name).sorted().toList(),
				account.teams().stream().map(Object::toString).sorted().toList(), account.maxConcurrentChats(),
				account.enabled(), account.createdAt(), account.updatedAt());
	}
}
