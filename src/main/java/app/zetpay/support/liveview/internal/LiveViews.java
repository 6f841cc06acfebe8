package app.zetpay.support.liveview.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.zetpay.support.agents.Availability;
import app.zetpay.support.agents.RoutingFloor;
import app.zetpay.support.identity.AgentAccount;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.Teams;
import app.zetpay.support.liveview.LiveView;
import app.zetpay.support.liveview.LiveView.AgentCard;
import app.zetpay.support.liveview.LiveView.TeamCard;
import app.zetpay.support.tickets.SlaWatch;

/** Builds the {@link LiveView} from the shared tables: the same answer on every node. */
@Service
public class LiveViews {

	private final RoutingFloor floor;
	private final AgentDirectory directory;
	private final Teams teams;
	private final SlaWatch sla;
	private final LiveViewProperties properties;
	private final Clock clock;

	LiveViews(RoutingFloor floor, AgentDirectory directory, Teams teams, SlaWatch sla, LiveViewProperties properties,
			Clock clock) {
		this.floor = floor;
		this.directory = directory;
		this.teams = teams;
		this.sla = sla;
		this.properties = properties;
		this.clock = clock;
	}

	public LiveView now() {
		var now = clock.instant();
		var agents = directory.findAll().stream().filter(AgentAccount::enabled).filter(a -> a.hasRole(Role.AGENT))
				.toList();
		var states = floor.states(agents.stream().map(a -> a.id().value()).toList());
		var waiting = floor.waiting();

		// Registered teams, then any name still in the queue (a team whose registration was missed).
		var cards = new LinkedHashMap<@Nullable String, String>();
		teams.all().forEach(team -> cards.put(team.name().value(), team.displayName()));
		waiting.stream().map(RoutingFloor.WaitingChat::team).filter(Objects::nonNull)
				.forEach(team -> cards.putIfAbsent(team, team));
		cards.put(null, "Any team");

		var result = new ArrayList<TeamCard>();
		for (var entry : cards.entrySet()) {
			var team = entry.getKey();
			var queued = waiting.stream().filter(w -> Objects.equals(w.team(), team)).toList();
			var members = agents.stream()
					.filter(a -> team == null ? a.teams().isEmpty()
							: a.teams().stream().anyMatch(t -> t.value().equals(team)))
					.map(a -> card(a, states.get(a.id().value())))
					.toList();
			var oldest = queued.stream().map(RoutingFloor.WaitingChat::enqueuedAt).min(Comparator.naturalOrder())
					.orElse(null);
			result.add(new TeamCard(team, entry.getValue(), queued.size(), oldest, members));
		}

		var warnBefore = now.minus(properties.chatWaitWarning());
		var waitingLong = waiting.stream().filter(w -> w.enqueuedAt().isBefore(warnBefore))
				.sorted(Comparator.comparing(RoutingFloor.WaitingChat::enqueuedAt))
				.map(w -> new LiveView.WaitingChat(w.conversationId(), w.team(), w.urgent(), w.enqueuedAt()))
				.toList();
		var due = sla.dueBefore(now.plus(sla.dueSoon()), properties.maxTickets()).stream()
				.map(t -> new LiveView.DueTicket(t.ticketId(), t.number(), t.priority(), t.team(), t.assigneeId(),
						t.target(), t.due(), t.due().isBefore(now)))
				.toList();
		return new LiveView(now, List.copyOf(result), waitingLong, due, properties.chatWaitWarning().toSeconds(),
				sla.dueSoon().toSeconds());
	}

	/** The ids of supervisors and admins, the only ones the frame goes to. */
	HashSet<String> leads() {
		var ids = new HashSet<String>();
		for (var account : directory.findAll()) {
			if (account.enabled() && (account.hasRole(Role.SUPERVISOR) || account.hasRole(Role.ADMIN))) {
				ids.add(account.id().value());
			}
		}
		return ids;
	}

	private static AgentCard card(AgentAccount account, RoutingFloor.@Nullable AgentState state) {
		var status = state == null || !state.connected() ? Availability.OFFLINE : state.availability();
		return new AgentCard(account.id().value(), account.name(), status, state == null ? 0 : state.active(),
				account.maxConcurrentChats());
	}
}
