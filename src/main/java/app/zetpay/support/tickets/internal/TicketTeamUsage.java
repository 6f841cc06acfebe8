package app.zetpay.support.tickets.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.TeamUsage;

/**
 * Active tickets (not resolved or closed) keep their team from being deleted; resolved and closed ones
 * are history and keep the name.
 */
@Component
class TicketTeamUsage implements TeamUsage {

	private final JdbcClient jdbc;

	TicketTeamUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Use> uses(TeamName team) {
		long active = jdbc.sql("SELECT COUNT(*) FROM ticket WHERE team = :team AND status NOT IN ('RESOLVED', 'CLOSED')")
				.param("team", team.value()).query(Long.class).single();
		return active == 0 ? List.of() : List.of(new Use("open tickets", active));
	}
}
