package app.zetpay.support.chat.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.zetpay.support.agents.AgentLoadChanged;
import app.zetpay.support.agents.AgentLoads;
import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.shared.AfterCommit;

/**
 * Tells an agent's sockets (on every node, through the fan-out) their status and load when it
 * changes, so the console header's "3 of 4 chats" follows without polling. Read after the change
 * committed, so the frame says what is stored, whichever change came last.
 */
@Component
class AgentLoadFrames {

	private final AgentLoads loads;
	private final Fanout fanout;

	AgentLoadFrames(AgentLoads loads, Fanout fanout) {
		this.loads = loads;
		this.fanout = fanout;
	}

	/**
	 * A plain listener that defers its push to after the commit itself: Spring Modulith would record
	 * an outbox row for an after-commit transactional listener, on every load change, for a frame
	 * that only refreshes a screen (a lost one is corrected by the next change or a reload).
	 */
	@EventListener
	void on(AgentLoadChanged changed) {
		AfterCommit.run(() -> {
			var load = loads.of(changed.agentId());
			fanout.publish(Set.of(load.agentId()), ServerFrame.AGENT_LOAD,
					Map.of("status", load.status().name(), "active", load.active(), "capacity", load.capacity()));
		});
	}
}
