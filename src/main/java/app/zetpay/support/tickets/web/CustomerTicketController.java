package app.zetpay.support.tickets.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.TicketStatus;
import app.zetpay.support.tickets.internal.ChatEscalation;
import app.zetpay.support.tickets.internal.Ratings;
import app.zetpay.support.tickets.internal.TicketAttachments;
import app.zetpay.support.tickets.internal.TicketService;
import app.zetpay.support.tickets.internal.TicketStore;
import app.zetpay.support.tickets.internal.TicketView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The app's ticket routes (kept as the app calls them). */
@RestController
@RequestMapping("/api/support")
@Validated
@Tag(name = "Tickets (customer)")
class CustomerTicketController {

	private final TicketService tickets;
	private final Ratings ratings;
	private final ChatEscalation escalation;
	private final TicketAttachments attachments;

	CustomerTicketController(TicketService tickets, Ratings ratings, ChatEscalation escalation,
			TicketAttachments attachments) {
		this.tickets = tickets;
		this.ratings = ratings;
		this.escalation = escalation;
		this.attachments = attachments;
	}

	@PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a file (image or PDF, checked on its bytes, at most 10 MB); then pass its id in "
			+ "'attachments' when raising a ticket or replying")
	TicketAttachments.Attachment upload(@RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal Caller caller) throws IOException {
		return attachments.upload(caller, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/tickets/{ticketId}/attachments/{attachmentId}")
	@Operation(summary = "Download a ticket's file: its customer and the agents who see the ticket only")
	ResponseEntity<InputStreamResource> download(@PathVariable String ticketId, @PathVariable String attachmentId,
			@AuthenticationPrincipal Caller caller) {
		var download = attachments.download(caller, ticketId, attachmentId);
		var file = download.attachment();
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.contentLength(file.size())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.filename()).build().toString())
				.cacheControl(CacheControl.noStore())
				.body(new InputStreamResource(download.bytes()));
	}

	record CreateRequest(@NotBlank @Size(max = 120) String issueType, @NotBlank @Size(max = 8000) String description,
			@Nullable @Size(max = 64) String transactionId, @Nullable Priority priority,
			@Nullable List<String> attachments) {
	}

	record ReplyRequest(@NotBlank @Size(max = 8000) String message, @Nullable List<String> attachments) {
	}

	record RatingRequest(@NotNull @Min(1) @Max(5) Integer rating, @Nullable @Size(max = 2000) String comment) {
	}

	record FromChatRequest(@Nullable @Size(max = 120) String issueType, @Nullable Priority priority) {
	}

	record PageView(List<TicketView> items, int page, int size, long total) {
	}

	@PostMapping("/tickets/create")
	@Operation(summary = "Raise a ticket")
	ResponseEntity<TicketView> create(@Valid @RequestBody CreateRequest request,
			@AuthenticationPrincipal Caller.Customer customer) {
		requireCustomer(customer);
		var ticket = tickets.create(customer, new TicketService.NewTicket(request.issueType(), request.description(),
				request.transactionId(), request.priority(), request.attachments()));
		return ResponseEntity.created(URI.create("/api/support/tickets/" + ticket.id())).body(ticket);
	}

	@GetMapping("/tickets")
	@Operation(summary = "My tickets, newest first")
	PageView list(@RequestParam(required = false) @Nullable TicketStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, @AuthenticationPrincipal Caller caller) {
		var found = tickets.list(caller, new TicketStore.Filter(null, status, null, null, null, null, null, null, null),
				page, size);
		return new PageView(found.items().stream().map(t -> TicketView.of(t, null, null)).toList(), page, size,
				found.total());
	}

	@GetMapping("/tickets/{ticketId}")
	@Operation(summary = "A ticket with its public thread, status history and SLA due times")
	TicketView get(@PathVariable String ticketId, @AuthenticationPrincipal Caller caller) {
		return tickets.get(caller, ticketId);
	}

	@PostMapping("/tickets/{ticketId}/reply")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply; a reply to a resolved ticket reopens it")
	TicketView.Entry reply(@PathVariable String ticketId, @Valid @RequestBody ReplyRequest request,
			@AuthenticationPrincipal Caller caller) {
		return tickets.reply(caller, ticketId, request.message(), request.attachments());
	}

	@PostMapping("/tickets/{ticketId}/rating")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate a resolved ticket, once")
	Ratings.Rating rateTicket(@PathVariable String ticketId, @Valid @RequestBody RatingRequest request,
			@AuthenticationPrincipal Caller.Customer customer) {
		requireCustomer(customer);
		return ratings.rate(customer, Ratings.Subject.TICKET, ticketId, request.rating(), request.comment());
	}

	@PostMapping("/chats/{chatId}/rating")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate an ended chat, once")
	Ratings.Rating rateChat(@PathVariable String chatId, @Valid @RequestBody RatingRequest request,
			@AuthenticationPrincipal Caller.Customer customer) {
		requireCustomer(customer);
		return ratings.rate(customer, Ratings.Subject.CHAT, chatId, request.rating(), request.comment());
	}

	@PostMapping("/tickets/from-chat/{chatId}")
	@Operation(summary = "Turn my chat into a ticket with its transcript (e.g. when no agent is online)")
	ResponseEntity<TicketView> fromChat(@PathVariable String chatId,
			@Valid @RequestBody(required = false) @Nullable FromChatRequest request,
			@AuthenticationPrincipal Caller.Customer customer) {
		requireCustomer(customer);
		var ticket = escalation.escalate(customer, chatId, request == null ? null : request.issueType(),
				request == null ? null : request.priority());
		return ResponseEntity.created(URI.create("/api/support/tickets/" + ticket.id())).body(ticket);
	}

	private static void requireCustomer(Caller.@Nullable Customer customer) {
		if (customer == null) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "customers-only", "Only customers use this route.");
		}
	}
}
