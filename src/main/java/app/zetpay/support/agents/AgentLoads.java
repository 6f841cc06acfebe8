package app.zetpay.support.agents;

/** An agent's availability and load, for whoever shows it (the chat module pushes it to their console). */
public interface AgentLoads {

	/** What the agent's header shows: their status, their open chats and how many they may have. */
	record AgentLoad(String agentId, Availability status, int active, int capacity) {
	}

	AgentLoad of(String agentId);
}
