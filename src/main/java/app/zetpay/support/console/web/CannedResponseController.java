package app.zetpay.support.console.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.console.internal.CannedReplies;
import app.zetpay.support.console.internal.CannedResponse;
import app.zetpay.support.identity.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Canned responses: personal and team-wide, for the composer's {@code /} picker. */
@RestController
@RequestMapping("/api/agents/canned-responses")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
@Tag(name = "Agent desk")
class CannedResponseController {

	private final CannedReplies replies;

	CannedResponseController(CannedReplies replies) {
		this.replies = replies;
	}

	record RenderRequest(@Nullable String conversationId) {
	}

	@GetMapping
	@Operation(summary = "My canned responses and my teams' (supervisors: every team's), by shortcut or text prefix")
	List<CannedResponse> search(@RequestParam(required = false) @Nullable String q,
			@AuthenticationPrincipal Caller.Staff staff) {
		return replies.search(staff, q);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a canned response: mine, or with team a team's (supervisors and admins)",
			description = "Placeholders: {{customer.name}}, {{customer.id}}, {{agent.name}}, {{conversation.id}}, "
					+ "{{conversation.topic}}; any other is a 400. A shortcut is unique per owner (409 shortcut-taken).")
	CannedResponse create(@RequestBody CannedReplies.Draft draft, @AuthenticationPrincipal Caller.Staff staff) {
		return replies.create(staff, draft);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change the shortcut or text (omitted fields stay)")
	CannedResponse update(@PathVariable String id, @RequestBody CannedReplies.Draft draft,
			@AuthenticationPrincipal Caller.Staff staff) {
		return replies.update(staff, id, draft);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a canned response")
	void delete(@PathVariable String id, @AuthenticationPrincipal Caller.Staff staff) {
		replies.delete(staff, id);
	}

	@PostMapping("/{id}/render")
	@Operation(summary = "The text with its placeholders filled for a conversation I may see, ready to send")
	Map<String, String> render(@PathVariable String id, @RequestBody RenderRequest request,
			@AuthenticationPrincipal Caller.Staff staff) {
		return Map.of("id", id, "conversationId", String.valueOf(request.conversationId()), "text",
				replies.render(staff, id, request.conversationId()));
	}
}
