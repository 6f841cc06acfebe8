package app.zetpay.support.chat.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.ViewableTickets;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/**
 * The collision notice: which staff have a conversation or ticket open (and are typing there), told
 * to everyone who has it open as {@code viewers_changed} on any node. Staff only; an item the
 * caller may not see is "not found".
 */
@Service
public class ItemViewers {

	/** How long a {@code viewing} holds without being repeated; clients repeat it every 30 s. */
	static final Duration TTL = Duration.ofSeconds(60);

	private final ConversationAccess access;
	private final Optional<ViewableTickets> tickets;
	private final ViewerRegistry registry;
	private final Fanout fanout;
	private final Clock clock;

	ItemViewers(ConversationAccess access, Optional<ViewableTickets> tickets, ViewerRegistry registry, Fanout fanout,
			Clock clock) {
		this.access = access;
		this.tickets = tickets;
		this.registry = registry;
		this.fanout = fanout;
		this.clock = clock;
	}

	/** What a socket has open, as the registry keys it: {@code conversation:<id>} or {@code ticket:<id>}. */
	public static String item(String kind, String id) {
		if (!kind.equals("conversation") && !kind.equals("ticket")) {
			throw new InvalidFieldException("kind", "must be conversation or ticket");
		}
		return kind + ":" + id;
	}

	/** The caller's socket has the item open (again: a refresh), typing there or not. */
	public void viewing(Caller caller, String socketId, String kind, String id, boolean typing) {
		var staff = staff(caller);
		if (kind.equals("conversation")) {
			access.visible(staff, id);
		}
		var key = kind.equals("ticket") ? ticketId(staff, id) : id;
		var now = clock.instant();
		var viewers = registry.put(item(kind, key), new ViewerRegistry.Viewer(socketId, staff.id(),
				staff.displayName(), typing, now.plus(TTL)), now);
		tell(kind, key, viewers);
	}

	/** The socket closed the item (or closed altogether); the others are told. */
	public void stopped(Caller caller, String socketId, String kind, String id) {
		var staff = staff(caller);
		// A ticket staff may no longer see is looked up by the key given; if that misses, its entry lapses (TTL).
		var key = kind.equals("ticket") ? tickets.flatMap(t -> t.visibleId(staff, id)).orElse(id) : id;
		var viewers = registry.remove(item(kind, key), socketId, clock.instant());
		if (!viewers.isEmpty()) {
			tell(kind, key, viewers);
		}
	}

	/**
	 * Entries whose socket stopped repeating {@code viewing} (a node died, a laptop slept) lapse here,
	 * and whoever still has the item open is told, so a stale collision notice goes away on its own.
	 */
	@Scheduled(fixedDelayString = "${support.chat.viewer-sweep:5s}", initialDelayString = "${support.chat.viewer-sweep:5s}")
	public void expire() {
		for (var lapsed : registry.expire(clock.instant())) {
			var cut = lapsed.item().indexOf(':');
			if (cut > 0 && !lapsed.left().isEmpty()) {
				tell(lapsed.item().substring(0, cut), lapsed.item().substring(cut + 1), lapsed.left());
			}
		}
	}

	/** The ticket's own id, whether it was opened by id or by number; not found unless staff may see it. */
	private String ticketId(Caller.Staff staff, String idOrNumber) {
		return tickets.flatMap(t -> t.visibleId(staff, idOrNumber))
			.orElseThrow(() -> ProblemException.notFound("Ticket " + idOrNumber));
	}

	private void tell(String kind, String id, List<ViewerRegistry.Viewer> viewers) {
		// One entry per agent, typing if any of their sockets is.
		var byAgent = viewers.stream().collect(Collectors.toMap(ViewerRegistry.Viewer::agentId, v -> v,
				(a, b) -> a.typing() ? a : b, LinkedHashMap::new));
		var list = byAgent.values().stream().map(v -> Map.<String, Object>of("agentId", v.agentId(), "name", v.name(),
				"typing", v.typing())).toList();
		fanout.publish(byAgent.keySet(), ServerFrame.VIEWERS_CHANGED, Map.of("kind", kind, "id", id, "viewers", list));
	}

	private static Caller.Staff staff(Caller caller) {
		if (caller instanceof Caller.Staff staff) {
			return staff;
		}
		throw new ProblemException(HttpStatus.FORBIDDEN, "staff-only", "Only staff tell who is viewing what.");
	}
}
