package app.zetpay.support.chat.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.chat.internal.ClosedConversations;
import app.zetpay.support.chat.internal.ConversationLabels;
import app.zetpay.support.chat.internal.ConversationNotes;
import app.zetpay.support.chat.internal.Note;
import app.zetpay.support.identity.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What only staff have in conversations: private notes, the staff timeline, labels and search. */
@RestController
@RequestMapping("/api/agents")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
@Validated
@Tag(name = "Agent desk")
class StaffConversationController {

	private final ConversationNotes notes;
	private final ConversationLabels labels;
	private final ClosedConversations closed;

	StaffConversationController(ConversationNotes notes, ConversationLabels labels, ClosedConversations closed) {
		this.notes = notes;
		this.labels = labels;
		this.closed = closed;
	}

	@PostMapping("/conversations/{chatId}/notes")
	@Operation(summary = "Add a private note (staff only, never shown to the customer)", description = "@handle "
			+ "(the part of an agent's e-mail before the @) or @agentId mentions an agent who may see the chat; "
			+ "they get a 'mention' frame and an unread mention. Resending the same clientNoteId stores nothing new.")
	ResponseEntity<Note> addNote(@PathVariable String chatId, @RequestBody ConversationNotes.NewNote body,
			@AuthenticationPrincipal Caller.Staff staff) {
		var added = notes.add(staff, chatId, body);
		return ResponseEntity.created(URI.create("/api/agents/conversations/" + chatId + "/notes/" + added.note().id()))
				.header("Idempotent-Replayed", String.valueOf(added.replayed())).body(added.note());
	}

	@GetMapping("/conversations/{chatId}/notes")
	@Operation(summary = "Private notes after noteSeq afterNoteSeq, oldest first (what a staff client missed)")
	List<Note> notes(@PathVariable String chatId, @RequestParam(defaultValue = "0") @Min(0) long afterNoteSeq,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit, @AuthenticationPrincipal Caller.Staff staff) {
		return notes.after(staff, chatId, afterNoteSeq, limit);
	}

	@GetMapping("/conversations/{chatId}/timeline")
	@Operation(summary = "The staff view of a conversation: messages and private notes in order, oldest first",
			description = "The newest 'limit' messages before beforeSeq, each note after the message it followed.")
	List<ConversationNotes.Entry> timeline(@PathVariable String chatId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Nullable @Min(1) Long beforeSeq, @AuthenticationPrincipal Caller.Staff staff) {
		return notes.timeline(staff, chatId, limit, beforeSeq);
	}

	@PutMapping("/conversations/{chatId}/labels/{label}")
	@Operation(summary = "Put a label on a conversation (lower case, 1-40 of a-z 0-9 - _); answers its labels")
	Map<String, Object> addLabel(@PathVariable String chatId, @PathVariable String label,
			@AuthenticationPrincipal Caller.Staff staff) {
		return Map.of("chatId", chatId, "labels", labels.add(staff, chatId, label));
	}

	@DeleteMapping("/conversations/{chatId}/labels/{label}")
	@Operation(summary = "Take a label off a conversation; answers its labels")
	Map<String, Object> removeLabel(@PathVariable String chatId, @PathVariable String label,
			@AuthenticationPrincipal Caller.Staff staff) {
		return Map.of("chatId", chatId, "labels", labels.remove(staff, chatId, label));
	}

	@GetMapping("/labels")
	@Operation(summary = "Labels in use on the conversations I may see, most used first")
	List<ConversationLabels.LabelInUse> labelsInUse(@AuthenticationPrincipal Caller.Staff staff) {
		return labels.inUse(staff);
	}

	@GetMapping("/conversations/closed")
	@Operation(summary = "Closed conversations I had when they ended (supervisors: all), newest closed first",
			description = "Paged by cursor: pass the previous page's nextCursor; it is absent on the last page.")
	ClosedConversations.ClosedPage closed(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "25") @Min(1) @Max(50) int size, @AuthenticationPrincipal Caller.Staff staff) {
		return closed.list(staff, cursor, size);
	}

	@GetMapping("/customers/{customerId}/conversations")
	@Operation(summary = "A customer's conversations that I may see, newest first (the customer panel's history)")
	List<ConversationLabels.CustomerConversation> customerConversations(@PathVariable String customerId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, @AuthenticationPrincipal Caller.Staff staff) {
		return labels.ofCustomer(staff, customerId, limit);
	}

	@GetMapping("/conversations/search")
	@Operation(summary = "Search the conversations I may see", description = "Matches q (1-100 characters, any case) "
			+ "in the customer's name or id, the conversation id, and the text of messages and private notes; newest "
			+ "first, paged.")
	ConversationLabels.SearchPage search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(50) int size, @AuthenticationPrincipal Caller.Staff staff) {
		return labels.search(staff, q, page, size);
	}
}
