package app.zetpay.support.agents.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.agents.Availability;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;

/**
 * The colleague directory: the staff an agent may name in a note or hand a chat to, with what a
 * choice between them needs (status, load). Disabled accounts and admins without a desk role are
 * left out: neither can take a chat nor be mentioned usefully.
 */
@Service
public class Colleagues {

	private final AgentDirectory directory;
	private final RoutingTables tables;
	private final PresenceService presence;

	Colleagues(AgentDirectory directory, RoutingTables tables, PresenceService presence) {
		this.directory = directory;
		this.tables = tables;
		this.presence = presence;
	}

	/**
	 * @param handle what follows the @ in a mention: the part of the e-mail before the @, lower case
	 * @param canTakeChats whether a transfer to them is possible at all (the AGENT role)
	 */
	public record Colleague(String id, String name, String handle, Availability availability, boolean connected,
			int activeChats, int maxConcurrentChats, boolean canTakeChats, List<String> teams, boolean me) {
	}

	@Transactional(readOnly = true)
	public List<Colleague> of(Caller.Staff caller) {
		var accounts = directory.findAll().stream().filter(AgentAccount::enabled)
				.filter(a -> a.hasRole(Role.AGENT) || a.hasRole(Role.SUPERVISOR)).toList();
		var ids = accounts.stream().map(a -> a.id().value()).collect(Collectors.toSet());
		var availability = tables.availability(ids);
		var loads = tables.loads(ids);
		var connected = presence.connectedAgents();
		return accounts.stream().map(a -> {
			var id = a.id().value();
			var load = loads.get(id);
			return new Colleague(id, a.name(), a.handle(), availability.getOrDefault(id, Availability.ONLINE),
					connected.contains(id),
					load == null ? 0 : load.active(), a.maxConcurrentChats(), a.hasRole(Role.AGENT),
					a.teams().stream().map(Object::toString).sorted().toList(), id.equals(caller.id()));
		}).toList();
	}
}
