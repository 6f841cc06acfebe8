package app.zetpay.support.identity;

import java.util.List;

/**
 * What in a module still uses a team, asked before the team is deleted. Each module that stores team
 * names (conversations, tickets, canned responses, bot rules) answers for its own tables, so the
 * registry never reads another module's data.
 */
public interface TeamUsage {

	/** Empty when nothing of this module uses the team. */
	List<Use> uses(TeamName team);

	/** @param what a plural noun people understand ("open tickets"), {@code count} at least one */
	record Use(String what, long count) {
	}
}
