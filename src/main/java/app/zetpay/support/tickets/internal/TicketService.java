package app.zetpay.support.tickets.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.chat.ChatLookup;
import app.zetpay.support.chat.UserNotifier;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.RateLimit;
import app.zetpay.support.shared.RateLimiter;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.TicketOpened;
import app.zetpay.support.tickets.TicketStatus;
import app.zetpay.support.tickets.TicketStatusChanged;

/**
 * The ticket use cases. Every change is audited with who and when, every change a customer should
 * know about reaches their sockets as {@code ticket_updated}, and what customers write is masked
 * like chat messages. An unknown ticket and someone else's ticket look the same: 404.
 */
@Service
public class TicketService {

	static final String SYSTEM_ID = "system";
	static final String SYSTEM_NAME = "Zet Pay Support";

	private final TicketStore tickets;
	private final TicketThread thread;
	private final SlaClock sla;
	private final AgentDirectory agents;
	private final UserNotifier notifier;
	private final TicketAttachments attachments;
	private final ChatLookup chats;
	private final ApplicationEventPublisher events;
	private final RateLimiter limiter;
	private final RateLimit createLimit;
	private final Clock clock;
	private final Duration dueSoon;

	TicketService(TicketStore tickets, TicketThread thread, SlaClock sla, AgentDirectory agents, UserNotifier notifier,
			TicketAttachments attachments, ChatLookup chats, ApplicationEventPublisher events, RateLimiter limiter,
			TicketsProperties properties, Clock clock) {
		this.limiter = limiter;
		this.createLimit = properties.createLimit();
		this.tickets = tickets;
		this.thread = thread;
		this.sla = sla;
		this.agents = agents;
		this.notifier = notifier;
		this.attachments = attachments;
		this.chats = chats;
		this.events = events;
		this.clock = clock;
		this.dueSoon = properties.dueSoon();
	}

	/** What a new ticket says. */
	public record NewTicket(String issueType, String description, @Nullable String transactionId,
			@Nullable Priority priority, @Nullable List<String> attachmentIds) {
	}

	/** Who is acting, for the audit trail. */
	record Actor(String id, String name, boolean isCustomer) {

		static Actor of(Caller caller) {
			return new Actor(caller.id(), caller.displayName(), caller instanceof Caller.Customer);
		}

		static final Actor SYSTEM = new Actor(SYSTEM_ID, SYSTEM_NAME, false);
	}

	// ---- Creating ----------------------------------------------------------------------------------

	@Transactional
	public TicketView create(Caller.Customer customer, NewTicket request) {
		if (request.priority() == Priority.URGENT) {
			throw new InvalidFieldException("priority", "customers may choose LOW, MEDIUM or HIGH");
		}
		takeCreationPermit(customer);
		var ticket = open(customer.userId(), customer.name(), request.issueType(), request.description(),
				request.transactionId(), request.priority() == null ? Priority.MEDIUM : request.priority(),
				Ticket.Source.CUSTOMER, null, null, Actor.of(customer));
		attachments.attach(customer, ticket.id(), null, request.attachmentIds());
		return detailed(ticket, false);
	}

	/**
	 * Customers raise a bounded number of tickets, by any route, so a script cannot bury the agents'
	 * queue. Agents and the payments system are not limited: they are trusted, and a payment incident
	 * may rightly open many tickets at once.
	 */
	void takeCreationPermit(Caller.Customer customer) {
		limiter.acquire("tickets:create:" + customer.userId(), createLimit, "You have raised "
				+ createLimit.permits() + " tickets recently. Add to one of them, or wait before raising another.");
	}

	/** Opens a ticket by any route; used by the payment events and by agents too. */
	Ticket open(String customerId, @Nullable String customerName, String issueType, String description,
			@Nullable String transactionId, Priority priority, Ticket.Source source, @Nullable LocalDate refundEta,
			@Nullable String chatId, Actor actor) {
		return open(newId(), customerId, customerName, issueType, description, transactionId, priority, source,
				refundEta, chatId, actor);
	}

	static String newId() {
		return "tkt_" + UUID.randomUUID().toString().replace("-", "");
	}

	Ticket open(String id, String customerId, @Nullable String customerName, String issueType, String description,
			@Nullable String transactionId, Priority priority, Ticket.Source source, @Nullable LocalDate refundEta,
			@Nullable String chatId, Actor actor) {
		var now = clock.instant();
		var dues = sla.dues(priority, now);
		var number = tickets.nextNumber(now.atZone(sla.calendar().zone()).getYear());
		var ticket = new Ticket(id, number, customerId,
				customerName, issueType.strip(), SensitiveData.mask(description.strip()).text(),
				transactionId == null || transactionId.isBlank() ? null : transactionId.strip(), priority,
				TicketStatus.OPEN, source, null, null, chatId, null, refundEta, dues.firstResponse(),
				dues.resolution(), null, null, null, null, false, false, Set.of(), now, now);
		tickets.insert(ticket);
		thread.record(ticket.id(), actor.id(), actor.name(), "status", null, TicketStatus.OPEN.name(), now);
		events.publishEvent(new TicketOpened(ticket.id(), number, customerId, ticket.issueType(), priority,
				ticket.transactionId(), refundEta));
		notifyCustomer(ticket, "created", TicketStatus.OPEN);
		return ticket;
	}

	// ---- Reading -----------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public TicketStore.Page list(Caller caller, TicketStore.Filter filter, int page, int size) {
		return list(caller, filter, TicketStore.Sort.NEWEST, page, size);
	}

	@Transactional(readOnly = true)
	public TicketStore.Page list(Caller caller, TicketStore.Filter filter, TicketStore.Sort sort, int page, int size) {
		var scoped = switch (caller) {
			case Caller.Customer customer -> new TicketStore.Filter(customer.userId(), filter.status(), null, null,
					null, null, null, null, null);
			case Caller.Staff staff -> staff.hasRole(Role.SUPERVISOR) || staff.hasRole(Role.ADMIN) ? filter
					: new TicketStore.Filter(filter.customerId(), filter.status(), filter.priority(), filter.assigneeId(), filter.team(),
							filter.tag(), filter.breached(), filter.text(), new TicketStore.VisibleTo(staff.id(),
									staff.teams().stream().map(TeamName::value).toList()), filter.dueSoon());
		};
		return tickets.list(scoped, caller instanceof Caller.Customer ? TicketStore.Sort.NEWEST : sort, page, size);
	}

	/** From now to the end of the configured "due soon" window ({@code support.tickets.due-soon}). */
	public TicketStore.Window dueSoonWindow() {
		var now = clock.instant();
		return new TicketStore.Window(now, now.plus(dueSoon));
	}

	public Duration dueSoon() {
		return dueSoon;
	}

	@Transactional(readOnly = true)
	public TicketView get(Caller caller, String idOrNumber) {
		var ticket = visible(caller, idOrNumber);
		return detailed(ticket, caller instanceof Caller.Staff);
	}

	TicketView detailed(Ticket ticket, boolean forStaff) {
		var files = attachments.all(ticket.id());
		var entries = thread.messages(ticket.id(), forStaff).stream()
				.map(m -> entry(m, files(ticket, files, m.id())))
				.toList();
		var history = thread.changes(ticket.id()).stream()
				.filter(c -> forStaff || c.field().equals("status"))
				.map(c -> new TicketView.HistoryEntry(c.field(), c.from(), c.to(), c.actorName(), c.at()))
				.toList();
		return TicketView.of(ticket, entries, history, files(ticket, files, null));
	}

	private static List<TicketView.File> files(Ticket ticket, List<TicketAttachments.Attached> all,
			@Nullable String messageId) {
		return all.stream().filter(a -> messageId == null ? a.messageId() == null : messageId.equals(a.messageId()))
				.map(TicketAttachments.Attached::attachment)
				.map(a -> new TicketView.File(a.id(), a.filename(), a.contentType(), a.size(),
						"/api/support/tickets/" + ticket.id() + "/attachments/" + a.id()))
				.toList();
	}

	// ---- The thread --------------------------------------------------------------------------------

	/**
	 * A public reply. From the customer it reopens a resolved ticket and takes a waiting one back to
	 * the agent; from an agent it is the first response (if it is) and starts work on an open ticket.
	 */
	@Transactional
	public TicketView.Entry reply(Caller caller, String idOrNumber, String body, @Nullable List<String> attachmentIds) {
		var ticket = lockVisible(caller, idOrNumber);
		if (ticket.status() == TicketStatus.CLOSED) {
			throw ProblemException.conflict("ticket-closed", "This ticket is closed. Open a new one if you need help.");
		}
		var now = clock.instant();
		var actor = Actor.of(caller);
		var text = caller instanceof Caller.Customer ? SensitiveData.mask(requireBody(body)).text() : requireBody(body);
		var message = thread.add(ticket.id(), actor.id(), actor.name(),
				actor.isCustomer() ? TicketThread.AuthorRole.CUSTOMER : TicketThread.AuthorRole.AGENT,
				TicketThread.Visibility.PUBLIC, text, now);
		attachments.attach(caller, ticket.id(), message.id(), attachmentIds);
		if (actor.isCustomer()) {
			if (ticket.status() == TicketStatus.RESOLVED) {
				move(ticket, TicketStatus.OPEN, actor, now);
			}
			else if (ticket.status() == TicketStatus.WAITING_ON_CUSTOMER) {
				move(ticket, TicketStatus.IN_PROGRESS, actor, now);
			}
			else {
				tickets.touch(ticket.id(), now);
			}
		}
		else {
			tickets.markFirstResponse(ticket.id(), now);
			var status = ticket.status() == TicketStatus.OPEN ? TicketStatus.IN_PROGRESS : ticket.status();
			if (status != ticket.status()) {
				move(ticket, status, actor, now);
			}
			else {
				tickets.touch(ticket.id(), now);
			}
			notifyCustomer(ticket, "reply", status);
		}
		var files = attachments.all(ticket.id());
		return entry(message, files(ticket, files, message.id()));
	}

	/** A note only agents see. */
	@Transactional
	public TicketView.Entry note(Caller.Staff agent, String idOrNumber, String body) {
		var ticket = lockVisible(agent, idOrNumber);
		var message = thread.add(ticket.id(), agent.id(), agent.displayName(), TicketThread.AuthorRole.AGENT,
				TicketThread.Visibility.INTERNAL, requireBody(body), clock.instant());
		return entry(message, List.of());
	}

	// ---- Agent changes -----------------------------------------------------------------------------

	@Transactional
	public TicketView changeStatus(Caller.Staff agent, String idOrNumber, TicketStatus to) {
		var ticket = lockVisible(agent, idOrNumber);
		move(ticket, to, Actor.of(agent), clock.instant());
		return detailed(tickets.find(ticket.id()).orElseThrow(), true);
	}

	@Transactional
	public TicketView assign(Caller.Staff agent, String idOrNumber, @Nullable String assigneeId, @Nullable String team) {
		var ticket = lockVisible(agent, idOrNumber);
		if (assigneeId != null && (!AgentId.isAgentId(assigneeId)
				|| agents.find(new AgentId(assigneeId)).filter(a -> a.enabled() && a.hasRole(Role.AGENT)).isEmpty())) {
			throw new InvalidFieldException("assigneeId", "is not an enabled agent");
		}
		// A team nobody is in would hide the ticket from every agent but supervisors.
		if (team != null && !agents.hasEnabledMember(new TeamName(team))) {
			throw new InvalidFieldException("team", "no enabled agent is in this team");
		}
		var teamName = team == null ? ticket.team() : new TeamName(team).value();
		var now = clock.instant();
		tickets.updateAssignment(ticket.id(), assigneeId, teamName, now);
		audit(ticket, Actor.of(agent), "assignee", ticket.assigneeId(), assigneeId, now);
		audit(ticket, Actor.of(agent), "team", ticket.team(), teamName, now);
		return detailed(tickets.find(ticket.id()).orElseThrow(), true);
	}

	@Transactional
	public TicketView update(Caller.Staff agent, String idOrNumber, @Nullable Priority priority,
			@Nullable Set<String> tags) {
		var ticket = lockVisible(agent, idOrNumber);
		var now = clock.instant();
		if (priority != null && priority != ticket.priority()) {
			tickets.updatePriority(ticket.id(), priority, now);
			// New targets, counted from when the ticket was opened.
			var dues = sla.dues(priority, ticket.createdAt());
			tickets.updateSla(ticket.id(), dues.firstResponse(), dues.resolution(), ticket.slaPausedAt());
			audit(ticket, Actor.of(agent), "priority", ticket.priority().name(), priority.name(), now);
			// The customer's page shows when a resolution is expected, which the new targets moved.
			notifyCustomer(ticket, "sla", ticket.status());
		}
		if (tags != null) {
			var clean = tags.stream().map(TicketService::tag).collect(java.util.stream.Collectors.toSet());
			tickets.setTags(ticket.id(), clean);
			audit(ticket, Actor.of(agent), "tags", String.join(",", ticket.tags().stream().sorted().toList()),
					String.join(",", clean.stream().sorted().toList()), now);
			tickets.touch(ticket.id(), now);
		}
		return detailed(tickets.find(ticket.id()).orElseThrow(), true);
	}

	/** Links a ticket to a chat of the same customer, for context both ways. */
	@Transactional
	public TicketView linkChat(Caller.Staff agent, String idOrNumber, String chatId) {
		var ticket = lockVisible(agent, idOrNumber);
		var chat = chats.find(agent, chatId).orElseThrow(() -> ProblemException.notFound("Chat " + chatId));
		if (!chat.customerId().equals(ticket.customerId())) {
			throw ProblemException.conflict("different-customers", "The chat belongs to another customer.");
		}
		var now = clock.instant();
		tickets.linkChat(ticket.id(), chat.id().value(), now);
		audit(ticket, Actor.of(agent), "chat", ticket.chatId(), chat.id().value(), now);
		return detailed(tickets.find(ticket.id()).orElseThrow(), true);
	}

	/** Folds a duplicate into the ticket that stays: the duplicate closes and points at it. */
	@Transactional
	public TicketView merge(Caller.Staff agent, String duplicateId, String intoId) {
		var duplicate = lockVisible(agent, duplicateId);
		var target = lockVisible(agent, intoId);
		if (duplicate.id().equals(target.id())) {
			throw ProblemException.badRequest("merge-into-self", "A ticket cannot be merged into itself.");
		}
		if (!duplicate.customerId().equals(target.customerId())) {
			throw ProblemException.conflict("different-customers", "Only tickets of the same customer can be merged.");
		}
		if (target.status() == TicketStatus.CLOSED) {
			throw ProblemException.conflict("ticket-closed", "Merge into an open ticket.");
		}
		var now = clock.instant();
		var actor = Actor.of(agent);
		tickets.markMerged(duplicate.id(), target.id(), now);
		thread.add(duplicate.id(), SYSTEM_ID, SYSTEM_NAME, TicketThread.AuthorRole.SYSTEM,
				TicketThread.Visibility.PUBLIC, "This ticket was merged into " + target.number()
						+ ", where we continue.", now);
		thread.add(target.id(), agent.id(), agent.displayName(), TicketThread.AuthorRole.AGENT,
				TicketThread.Visibility.INTERNAL, "Merged " + duplicate.number() + ": " + duplicate.description(), now);
		audit(duplicate, actor, "merged_into", null, target.number(), now);
		forceStatus(duplicate, TicketStatus.CLOSED, actor, now);
		return detailed(tickets.find(target.id()).orElseThrow(), true);
	}

	// ---- Internals shared with payments and SLA ----------------------------------------------------

	/** Moves a ticket along the state machine, auditing and timing it. */
	void move(Ticket ticket, TicketStatus to, Actor actor, Instant at) {
		if (ticket.status() == to) {
			return;
		}
		if (!ticket.status().canMoveTo(to)) {
			throw new ProblemException(HttpStatus.CONFLICT, "invalid-transition", "A " + ticket.status()
					+ " ticket cannot move to " + to + "; it can move to " + ticket.status().next() + ".");
		}
		forceStatus(ticket, to, actor, at);
	}

	private void forceStatus(Ticket ticket, TicketStatus to, Actor actor, Instant at) {
		var resolvedAt = to == TicketStatus.RESOLVED ? at : to == TicketStatus.CLOSED ? ticket.resolvedAt() : null;
		tickets.updateStatus(ticket.id(), to, resolvedAt, to == TicketStatus.CLOSED ? at : null, at);
		if (to == TicketStatus.WAITING_ON_CUSTOMER) {
			tickets.updateSla(ticket.id(), ticket.firstResponseDue(), ticket.resolutionDue(), at);
		}
		else if (ticket.slaPausedAt() != null) {
			var resolutionDue = ticket.resolutionDue() == null ? null
					: sla.extend(ticket.priority(), ticket.resolutionDue(), ticket.slaPausedAt(), at);
			tickets.updateSla(ticket.id(), ticket.firstResponseDue(), resolutionDue, null);
		}
		audit(ticket, actor, "status", ticket.status().name(), to.name(), at);
		events.publishEvent(new TicketStatusChanged(ticket.id(), ticket.number(), ticket.customerId(), ticket.status(),
				to));
		notifyCustomer(ticket, "status", to);
	}

	void audit(Ticket ticket, Actor actor, String field, @Nullable String from, @Nullable String to, Instant at) {
		if (from == null ? to == null : from.equals(to)) {
			return;
		}
		thread.record(ticket.id(), actor.id(), actor.name(), field, from, to, at);
	}

	void notifyCustomer(Ticket ticket, String change, TicketStatus status) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("ticketId", ticket.id());
		payload.put("number", ticket.number());
		payload.put("change", change);
		payload.put("status", status.name());
		notifier.notify(Set.of(ticket.customerId()), ServerFrame.TICKET_UPDATED, payload);
	}

	Ticket lockVisible(Caller caller, String idOrNumber) {
		return tickets.lock(idOrNumber).filter(t -> t.isVisibleTo(caller))
				.orElseThrow(() -> ProblemException.notFound("Ticket " + idOrNumber));
	}

	private Ticket visible(Caller caller, String idOrNumber) {
		return tickets.find(idOrNumber).filter(t -> t.isVisibleTo(caller))
				.orElseThrow(() -> ProblemException.notFound("Ticket " + idOrNumber));
	}

	private static TicketView.Entry entry(TicketThread.Message m, List<TicketView.File> files) {
		return new TicketView.Entry(m.id(), m.authorId(), m.authorName(), m.authorRole().name(), m.visibility().name(),
				m.body(), m.createdAt(), files);
	}

	private static String requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidFieldException("message", "must not be blank");
		}
		if (body.length() > 8000) {
			throw new InvalidFieldException("message", "must be at most 8000 characters");
		}
		return body.strip();
	}

	private static String tag(String raw) {
		var tag = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
		if (!tag.matches("[a-z0-9][a-z0-9_-]{0,39}")) {
			throw new InvalidFieldException("tags", "tags are 1-40 letters, digits, - or _");
		}
		return tag;
	}
}
