package app.zetpay.support.console.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.TeamUsage;

/** A team's canned responses would be orphaned: they must be moved or deleted first. */
@Component
class CannedTeamUsage implements TeamUsage {

	private final JdbcClient jdbc;

	CannedTeamUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Use> uses(TeamName team) {
		long canned = jdbc.sql("SELECT COUNT(*) FROM canned_response WHERE scope = 'TEAM' AND owner = :team")
				.param("team", team.value()).query(Long.class).single();
		return canned == 0 ? List.of() : List.of(new Use("team canned responses", canned));
	}
}
