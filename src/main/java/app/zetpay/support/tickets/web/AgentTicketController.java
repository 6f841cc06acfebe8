package app.zetpay.support.tickets.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.TicketStatus;
import app.zetpay.support.tickets.internal.ChatEscalation;
import app.zetpay.support.tickets.internal.TicketService;
import app.zetpay.support.tickets.internal.TicketStore;
import app.zetpay.support.tickets.internal.TicketView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The agent console's ticket routes. Agents see their own, their teams' and unassigned tickets. */
@RestController
@RequestMapping("/api/tickets")
@Validated
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
@Tag(name = "Tickets (agents)")
class AgentTicketController {

	private final TicketService tickets;
	private final ChatEscalation escalation;

	AgentTicketController(TicketService tickets, ChatEscalation escalation) {
		this.tickets = tickets;
		this.escalation = escalation;
	}

	record AssignRequest(@Nullable String assigneeId, @Nullable String team) {
	}

	record StatusRequest(@NotNull TicketStatus status) {
	}

	record UpdateRequest(@Nullable Priority priority, @Nullable Set<String> tags) {
	}

	record MessageRequest(@NotBlank @Size(max = 8000) String message, @Nullable List<String> attachments) {
	}

	record MergeRequest(@NotBlank String intoTicketId) {
	}

	record EscalateRequest(@Nullable @Size(max = 120) String issueType, @Nullable Priority priority) {
	}

	/**
	 * @param dueSoonMinutes the window the {@code dueSoon} filter uses, for the list to say and colour
	 *     the same
	 */
	record PageView(List<TicketView> items, int page, int size, long total, long dueSoonMinutes) {
	}

	@GetMapping
	@Operation(summary = "Find tickets by status, priority, assignee, team, tag, SLA breach, SLA due soon, customer or text",
			description = "sort: CREATED, UPDATED, PRIORITY or SLA_DUE (the next running target; tickets without one"
					+ " last); direction defaults to DESC, and to ASC for SLA_DUE. dueSoon: active tickets whose next"
					+ " target has not passed and falls within support.tickets.due-soon (dueSoonMinutes).")
	PageView search(@RequestParam(required = false) @Nullable TicketStatus status,
			@RequestParam(required = false) @Nullable Priority priority,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String team, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable Boolean breached,
			@RequestParam(defaultValue = "false") boolean dueSoon,
			@RequestParam(required = false) @Nullable @Size(max = 100) String q,
			@RequestParam(required = false) @Nullable @Size(max = 128) String customerId,
			@RequestParam(defaultValue = "CREATED") TicketStore.SortKey sort,
			@RequestParam(required = false) TicketStore.@Nullable Direction direction,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @AuthenticationPrincipal Caller.Staff agent) {
		var filter = new TicketStore.Filter(customerId == null || customerId.isBlank() ? null : customerId, status,
				priority, assignee, team, tag, breached, q == null || q.isBlank() ? null : q.strip(), null,
				dueSoon ? tickets.dueSoonWindow() : null);
		var found = tickets.list(agent, filter, TicketStore.Sort.of(sort, direction), page, size);
		return new PageView(found.items().stream().map(t -> TicketView.of(t, null, null)).toList(), page, size,
				found.total(), tickets.dueSoon().toMinutes());
	}

	@GetMapping("/{ticketId}")
	@Operation(summary = "A ticket with replies, internal notes and its full audit trail")
	TicketView get(@PathVariable String ticketId, @AuthenticationPrincipal Caller.Staff agent) {
		return tickets.get(agent, ticketId);
	}

	@PostMapping("/{ticketId}/assign")
	TicketView assign(@PathVariable String ticketId, @Valid @RequestBody AssignRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return tickets.assign(agent, ticketId, request.assigneeId(), request.team());
	}

	@PostMapping("/{ticketId}/status")
	@Operation(summary = "Move along OPEN → IN_PROGRESS → WAITING_ON_CUSTOMER → RESOLVED → CLOSED (409 otherwise)")
	TicketView status(@PathVariable String ticketId, @Valid @RequestBody StatusRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return tickets.changeStatus(agent, ticketId, request.status());
	}

	@PatchMapping("/{ticketId}")
	@Operation(summary = "Set priority (SLA targets follow) and tags")
	TicketView update(@PathVariable String ticketId, @Valid @RequestBody UpdateRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return tickets.update(agent, ticketId, request.priority(), request.tags());
	}

	@PostMapping("/{ticketId}/reply")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Public reply to the customer")
	TicketView.Entry reply(@PathVariable String ticketId, @Valid @RequestBody MessageRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return tickets.reply(agent, ticketId, request.message(), request.attachments());
	}

	@PostMapping("/{ticketId}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Internal note, never shown to the customer")
	TicketView.Entry note(@PathVariable String ticketId, @Valid @RequestBody MessageRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return tickets.note(agent, ticketId, request.message());
	}

	@PostMapping("/{ticketId}/merge")
	@Operation(summary = "Merge this duplicate into another ticket of the same customer")
	TicketView merge(@PathVariable String ticketId, @Valid @RequestBody MergeRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return tickets.merge(agent, ticketId, request.intoTicketId());
	}

	record LinkChatRequest(@NotBlank String chatId) {
	}

	@PostMapping("/{ticketId}/link-chat")
	@Operation(summary = "Link the ticket to a chat of the same customer")
	TicketView linkChat(@PathVariable String ticketId, @Valid @RequestBody LinkChatRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		return tickets.linkChat(agent, ticketId, request.chatId());
	}

	@PostMapping("/from-chat/{chatId}")
	@Operation(summary = "Escalate a chat into a ticket with its transcript")
	ResponseEntity<TicketView> fromChat(@PathVariable String chatId,
			@Valid @RequestBody(required = false) @Nullable EscalateRequest request,
			@AuthenticationPrincipal Caller.Staff agent) {
		var ticket = escalation.escalate(agent, chatId, request == null ? null : request.issueType(),
				request == null ? null : request.priority());
		return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id())).body(ticket);
	}
}
