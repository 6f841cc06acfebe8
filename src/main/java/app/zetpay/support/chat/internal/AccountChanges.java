package app.zetpay.support.chat.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.AgentAccountUpdated;
import app.zetpay.support.identity.AgentPasswordChanged;
import app.zetpay.support.identity.AgentSignedOut;

/**
 * A changed account (disabled, roles or teams changed, password reset or changed) or a signed-out token reaches the sockets on
 * every node, which then re-check what they were opened with against the account as it is now.
 * From the event publication registry: a crash right after the change still gets the sockets closed.
 */
@Component
class AccountChanges {

	private final Fanout fanout;

	AccountChanges(Fanout fanout) {
		this.fanout = fanout;
	}

	@ApplicationModuleListener
	void on(AgentAccountUpdated updated) {
		fanout.recheck(updated.account().id().value(), null);
	}

	/** The sockets opened with a token issued before the reset or change close (password-changed). */
	@ApplicationModuleListener
	void on(AgentPasswordChanged changed) {
		fanout.recheck(changed.agentId().value(), null);
	}

	@ApplicationModuleListener
	void on(AgentSignedOut signedOut) {
		fanout.recheck(signedOut.agentId().value(), signedOut.tokenId());
	}
}
