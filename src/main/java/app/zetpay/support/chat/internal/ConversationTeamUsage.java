package app.zetpay.support.chat.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.TeamUsage;

/** Conversations still open (with the bot, queued or assigned) for a team keep it from being deleted. */
@Component
class ConversationTeamUsage implements TeamUsage {

	private final JdbcClient jdbc;

	ConversationTeamUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Use> uses(TeamName team) {
		long open = jdbc.sql("SELECT COUNT(*) FROM conversation WHERE team = :team AND status <> 'CLOSED'")
				.param("team", team.value()).query(Long.class).single();
		return open == 0 ? List.of() : List.of(new Use("open conversations", open));
	}
}
