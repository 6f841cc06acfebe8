package app.zetpay.support.agents;

/** Socket presence of agents, reported by the socket adapter of whichever node holds the socket. */
public interface Presence {

	void socketOpened(String agentId);

	void socketClosed(String agentId);

	/** True while the agent has at least one live socket on any node. */
	boolean isConnected(String agentId);

	/** Every agent with a live socket on any node. */
	java.util.Set<String> connectedAgents();
}
