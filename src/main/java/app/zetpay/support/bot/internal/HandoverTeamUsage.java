package app.zetpay.support.bot.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import app.zetpay.support.identity.TeamName;
import app.zetpay.support.identity.TeamUsage;

/**
 * The team that takes suspected fraud and blocked cards in the bot's handover rules, and the teams
 * that own intents' chats (decision 0042).
 */
@Component
class HandoverTeamUsage implements TeamUsage {

	private final HandoverSettings settings;
	private final Intents intents;

	HandoverTeamUsage(HandoverSettings settings, Intents intents) {
		this.settings = settings;
		this.intents = intents;
	}

	@Override
	public List<Use> uses(TeamName team) {
		var uses = new ArrayList<Use>();
		if (team.value().equals(settings.stored().urgentTeam())) {
			uses.add(new Use("bot handover rules (urgent team)", 1));
		}
		var intentsOfTeam = intents.countForTeam(team.value());
		if (intentsOfTeam > 0) {
			uses.add(new Use("bot intents", intentsOfTeam));
		}
		return uses;
	}
}
