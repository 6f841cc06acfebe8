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
}
