package app.zetpay.support.bot.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.TeamUsage;

/** The team that takes suspected fraud and blocked cards in the bot's handover rules. */
@Component
class HandoverTeamUsage implements TeamUsage {

	private final HandoverSettings settings;

	HandoverTeamUsage(HandoverSettings settings) {
		this.settings = settings;
	}

	@Override
	public List<Use> uses(TeamName team) {
		return team.value().equals(settings.stored().urgentTeam())
				? List.of(new Use("bot handover rules (urgent team)", 1)) : List.of();
	}
}
