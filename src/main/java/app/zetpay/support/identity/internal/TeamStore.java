package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Team;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.TeamUsage;
import app.zetpay.support.identity.Teams;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Sql;

/** The {@code team} table: created by supervisors, or on the way when an account names a new team. */
@Repository
public class TeamStore implements Teams {

	private final JdbcClient jdbc;
	private final ObjectProvider<TeamUsage> usages;
	private final Clock clock;

	TeamStore(JdbcClient jdbc, ObjectProvider<TeamUsage> usages, Clock clock) {
		this.jdbc = jdbc;
		this.usages = usages;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Team> all() {
		return jdbc.sql("SELECT name, display_name, description, created_at FROM team ORDER BY name")
				.query(TeamStore::row)
				.list();
	}

	@Override
	@Transactional
	public Team create(TeamName name, String displayName, @Nullable String description) {
		var team = new Team(name, shown(displayName), about(description), clock.instant());
		var inserted = jdbc.sql("INSERT INTO team (name, display_name, description, created_at)"
				+ " VALUES (:name, :shown, :about, :at) ON CONFLICT DO NOTHING")
				.param("name", name.value()).param("shown", team.displayName()).param("about", team.description())
				.param("at", Sql.utc(team.createdAt())).update();
		if (inserted == 0) {
			throw ProblemException.conflict("team-exists", "A team named " + name + " already exists.");
		}
		return team;
	}

	@Override
	@Transactional
	public Team rename(TeamName name, @Nullable String displayName, @Nullable String description) {
		var current = find(name).orElseThrow(() -> ProblemException.notFound("Team " + name));
		var renamed = new Team(name, displayName == null ? current.displayName() : shown(displayName),
				description == null ? current.description() : about(description), current.createdAt());
		jdbc.sql("UPDATE team SET display_name = :shown, description = :about WHERE name = :name")
				.param("name", name.value()).param("shown", renamed.displayName())
				.param("about", renamed.description()).update();
		return renamed;
	}

	/**
	 * Members count whether or not their account is enabled: re-enabling one must not bring back a
	 * team nobody can see. History (closed chats and tickets, reports) keeps the name and does not
	 * count; the reports show the bare name once the display name is gone.
	 */
	@Override
	@Transactional
	public void delete(TeamName name) {
		find(name).orElseThrow(() -> ProblemException.notFound("Team " + name));
		var uses = new ArrayList<TeamUsage.Use>();
		var members = jdbc.sql("SELECT COUNT(*) FROM agent_team WHERE team = :team").param("team", name.value())
				.query(Long.class).single();
		if (members > 0) {
			uses.add(new TeamUsage.Use("members", members));
		}
		usages.orderedStream().forEach(usage -> uses.addAll(usage.uses(name)));
		if (!uses.isEmpty()) {
			var listed = String.join(", ", uses.stream().map(u -> u.count() + " " + u.what()).toList());
			throw new ProblemException(HttpStatus.CONFLICT, "team-in-use",
					"The team " + name + " is still used by " + listed + ". Move or close them first.",
					Map.of("uses", uses.stream().map(u -> Map.of("what", u.what(), "count", u.count())).toList()));
		}
		jdbc.sql("DELETE FROM team WHERE name = :name").param("name", name.value()).update();
	}

	private Optional<Team> find(TeamName name) {
		return jdbc.sql("SELECT name, display_name, description, created_at FROM team WHERE name = :name")
				.param("name", name.value()).query(TeamStore::row).optional();
	}

	private static Team row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Team(new TeamName(rs.getString(1)), rs.getString(2), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant());
	}

	private static String shown(String displayName) {
		var shown = displayName.strip();
		if (shown.isEmpty() || shown.length() > 80) {
			throw new InvalidFieldException("displayName", "must be 1 to 80 characters");
		}
		return shown;
	}

	private static @Nullable String about(@Nullable String description) {
		var about = description == null || description.isBlank() ? null : description.strip();
		if (about != null && about.length() > 500) {
			throw new InvalidFieldException("description", "must be at most 500 characters");
		}
		return about;
	}
}
