package app.zetpay.support.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read access to local accounts for other modules (routing, ticket assignment, reports). */
public interface AgentDirectory {

	Optional<AgentAccount> find(AgentId id);

	/** Every account, enabled or not, ordered by name. */
	List<AgentAccount> findAll();

	/**
	 * Whether the team exists: teams are not declared anywhere, they are the teams of enabled
	 * accounts. Work given to any other team would be invisible to every agent.
	 */
	boolean hasEnabledMember(TeamName team);

	/**
	 * Tokens of the account issued before this instant are refused: its last password reset or
	 * change. Empty if there was none (or no such account).
	 */
	Optional<Instant> tokensValidAfter(AgentId id);
}
