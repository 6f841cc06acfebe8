package app.zetpay.support.chat.internal;

import app.zetpay.support.agents.Routing;

/**
 * Where a waiting chat stands, for the customer.
 *
 * @param expectedWaitSeconds -1 while no agent is online
 */
public record QueueView(int position, long expectedWaitSeconds, int agentsOnline) {

	static QueueView of(Routing.QueuePosition position) {
		return new QueueView(position.position(), position.expectedWaitSeconds(), position.agentsOnline());
	}
}
