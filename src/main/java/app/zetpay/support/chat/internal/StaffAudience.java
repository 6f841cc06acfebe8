package app.zetpay.support.chat.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.zetpay.support.agents.Presence;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;

/**
 * Which staff are told of what only staff may know (private notes, who is viewing): those connected
 * now who may see the conversation, plus any named besides. Never the customer, whatever happens.
 */
@Component
class StaffAudience {

	private final Presence presence;
	private final AgentDirectory directory;

	StaffAudience(Presence presence, AgentDirectory directory) {
		this.presence = presence;
		this.directory = directory;
	}

	Set<String> of(Conversation conversation, Collection<String> alsoTell) {
		var audience = new HashSet<String>(alsoTell);
		for (var agentId : presence.connectedAgents()) {
			staff(agentId).filter(conversation::isVisibleTo).ifPresent(s -> audience.add(s.id()));
		}
		audience.remove(conversation.customerId());
		audience.removeIf(id -> !AgentId.isAgentId(id));
		return Set.copyOf(audience);
	}

	/** The enabled account as a caller, to judge what it may see. */
	Optional<Caller.Staff> staff(String agentId) {
		return AgentId.isAgentId(agentId) ? directory.find(new AgentId(agentId)).filter(AgentAccount::enabled)
				.map(StaffAudience::caller) : Optional.empty();
	}

	static Caller.Staff caller(AgentAccount account) {
		return new Caller.Staff(account.id(), account.name(), account.email(), account.roles(), account.teams());
	}
}
