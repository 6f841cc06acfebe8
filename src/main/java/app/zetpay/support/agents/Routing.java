package app.zetpay.support.agents;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The routing API for the chat module. Calls join the caller's transaction, so a conversation and
 * its place in the queue are written together.
 */
public interface Routing {

	/** Puts a conversation in the queue (once; later calls change nothing). */
	void enqueue(String conversationId, @Nullable String team);

	/** Puts a conversation in the queue; urgent ones (suspected fraud) go ahead of everything else. */
	void enqueue(String conversationId, @Nullable String team, boolean urgent);

	/**
	 * Makes sure the agent can be locked for routing. Call it before the transaction that will
	 * assign to the agent, never inside one.
	 */
	void prepareAgent(String agentId);

	/** A customer chose this agent: the conversation counts towards the agent's load without queueing. */
	void assignDirect(String conversationId, String agentId);

	/** The conversation ended: it leaves the queue, and its agent gets the slot back. */
	void release(String conversationId);

	/** Where a waiting conversation stands, or empty when it is not waiting. */
	Optional<QueuePosition> position(String conversationId);

	/** Every waiting conversation, first in line first. */
	List<QueuePosition> queue();

	/** How many agents could take a chat right now (online, connected, enabled). */
	int routableAgents();

	/**
	 * @param position 1 for the next in line
	 * @param expectedWaitSeconds a rough estimate from the line ahead and the agents available
	 */
	record QueuePosition(String conversationId, @Nullable String team, int position, long expectedWaitSeconds,
			int agentsOnline) {
	}
}
