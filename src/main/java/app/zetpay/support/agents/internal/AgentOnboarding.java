package app.zetpay.support.agents.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.AgentAccountCreated;
import app.zetpay.support.identity.Role;

/**
 * A new agent gets their routing status (offline until they connect) as soon as the account
 * exists, so supervisors see them in the desk views before they first connect, and their first
 * socket does not have to create the row inside a longer transaction.
 */
@Component
class AgentOnboarding {

	private final Router router;

	AgentOnboarding(Router router) {
		this.router = router;
	}

	@ApplicationModuleListener
	void on(AgentAccountCreated created) {
		if (created.account().hasRole(Role.AGENT)) {
			router.prepareAgent(created.account().id().value());
		}
	}
}
