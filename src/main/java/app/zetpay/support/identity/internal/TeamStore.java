package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Team;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.Teams;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Sql;

/** The {@code team} table: created by supervisors, or on the way when an account names a new team. */
@Repository
public class TeamStore implements Teams {

	private final JdbcClient jdbc;
	private final Clock clock;

	TeamStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Team> all() {
		return jdbc.sql("SELECT name, display_name, description, created_at FROM team ORDER BY name")
				.query((rs, n) -> new Team(new TeamName(rs.getString(1)), rs.getString(2), rs.getString(3),
						rs.getObject(4, OffsetDateTime.class).toInstant()))
				.list();
	}

	@Override
	@Transactional
	public Team create(TeamName name, String displayName, @Nullable String description) {
		var shown = displayName.strip();
		if (shown.isEmpty() || shown.length() > 80) {
			throw new InvalidFieldException("displayName", "must be 1 to 80 characters");
		}
		var about = description == null || description.isBlank() ? null : description.strip();
		if (about != null && about.length() > 500) {
			throw new InvalidFieldException("description", "must be at most 500 characters");
		}
		var team = new Team(name, shown, about, clock.instant());
		var inserted = jdbc.sql("INSERT INTO team (name, display_name, description, created_at)"
				+ " VALUES (:name, :shown, :about, :at) ON CONFLICT DO NOTHING")
				.param("name", name.value()).param("shown", shown).param("about", about)
				.param("at", Sql.utc(team.createdAt())).update();
		if (inserted == 0) {
			throw ProblemException.conflict("team-exists", "A team named " + name + " already exists.");
		}
		return team;
	}
}
