package app.zetpay.support.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The team registry. Team names stay free elsewhere (accounts, conversations, tickets): a name saved
 * on an account is registered then, so the registry lists every team in use plus the ones created
 * ahead of their members (docs/decisions/0035-supervisor-rights-and-team-registry.md).
 */
public interface Teams {

	/** Every registered team, by name. */
	List<Team> all();

	/** A new team, before anyone is in it; 409 when the name is taken. */
	Team create(TeamName name, String displayName, @Nullable String description);

	/**
	 * A new display name or description (null: unchanged). The name is the key that accounts,
	 * conversations, tickets, canned responses, reports and bot rules hold, so it never changes and they
	 * all stay the team's. 404 when no such team.
	 */
	Team rename(TeamName name, @Nullable String displayName, @Nullable String description);

	/** Only a team nothing uses (see {@link TeamUsage}); else 409 {@code team-in-use} listing what does. */
	void delete(TeamName name);
}
