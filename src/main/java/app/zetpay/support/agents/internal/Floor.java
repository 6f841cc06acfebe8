package app.zetpay.support.agents.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.agents.Availability;
import app.zetpay.support.agents.RoutingFloor;

/** {@link RoutingFloor} from the shared routing tables: what every node sees alike. */
@Component
class Floor implements RoutingFloor {

	private final RoutingTables tables;
	private final Connections connections;
	private final AgentsProperties properties;
	private final Clock clock;

	Floor(RoutingTables tables, Connections connections, AgentsProperties properties, Clock clock) {
		this.tables = tables;
		this.connections = connections;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingChat> waiting() {
		return tables.waitingWithUrgency();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> assignedByTeam() {
		return tables.assignedByTeam();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, AgentState> states(Collection<String> agentIds) {
		var ids = Set.copyOf(agentIds);
		var availability = tables.availability(ids);
		var loads = tables.loads(ids);
		var connected = connections.connectedAgents(clock.instant().minus(properties.presenceTimeout()));
		var states = new HashMap<String, AgentState>();
		for (var id : ids) {
			var load = loads.get(id);
			states.put(id, new AgentState(id, availability.getOrDefault(id, Availability.ONLINE), connected.contains(id),
					load == null ? 0 : load.active()));
		}
		return states;
	}
}
