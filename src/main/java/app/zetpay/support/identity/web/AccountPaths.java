package app.zetpay.support.identity.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.ProblemException;

/** What the admins' and the supervisors' account routes read from a request, alike. */
final class AccountPaths {

	private AccountPaths() {
	}

	/** The account a path names; a malformed id is an account that does not exist (404). */
	static AgentId agentId(String id) {
		if (!AgentId.isAgentId(id)) {
			throw ProblemException.notFound("Agent " + id);
		}
		return new AgentId(id);
	}

	static Set<TeamName> teams(@Nullable Set<String> names) {
		return names == null ? Set.of() : Set.copyOf(names.stream().map(TeamName::new).toList());
	}
}
