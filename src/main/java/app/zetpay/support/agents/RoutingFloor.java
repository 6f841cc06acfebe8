package app.zetpay.support.agents;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The state of routing across all nodes, as the supervisors' live view shows it. */
public interface RoutingFloor {

	/** Every waiting conversation, first in line first. */
	List<WaitingChat> waiting();

	/** Each agent's status, socket and open chats; agents never seen are ONLINE with nothing open. */
	Map<String, AgentState> states(Collection<String> agentIds);

	/** Open (assigned) conversations per team they were routed for; chats for any agent are not counted. */
	Map<String, Integer> assignedByTeam();

	record WaitingChat(String conversationId, @Nullable String team, boolean urgent, Instant enqueuedAt) {
	}

	/**
	 * @param connected has a live socket on some node (without one, the agent is offline whatever
	 *     they set)
	 */
	record AgentState(String agentId, Availability availability, boolean connected, int active) {
	}
}
