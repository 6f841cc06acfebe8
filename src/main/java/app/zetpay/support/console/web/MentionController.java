package app.zetpay.support.console.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.console.internal.Mention;
import app.zetpay.support.console.internal.MentionInbox;
import app.zetpay.support.identity.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The mentions inbox: notes that named me. */
@RestController
@RequestMapping("/api/agents/me/mentions")
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
@Tag(name = "Agent desk")
class MentionController {

	private final MentionInbox inbox;

	MentionController(MentionInbox inbox) {
		this.inbox = inbox;
	}

	record MentionList(List<Mention> mentions, long unread) {
	}

	@GetMapping
	@Operation(summary = "Private notes that mentioned me, newest first (unread only unless unread=false)")
	MentionList mentions(@RequestParam(defaultValue = "true") boolean unread,
			@AuthenticationPrincipal Caller.Staff staff) {
		return new MentionList(inbox.of(staff, unread), inbox.unread(staff));
	}

	@PostMapping("/{mentionId}/read")
	@Operation(summary = "Mark one mention read")
	Map<String, Object> read(@PathVariable String mentionId, @AuthenticationPrincipal Caller.Staff staff) {
		inbox.markRead(staff, mentionId);
		return Map.of("id", mentionId, "unread", inbox.unread(staff));
	}

	@PostMapping("/read")
	@Operation(summary = "Mark all my mentions read")
	Map<String, Object> readAll(@AuthenticationPrincipal Caller.Staff staff) {
		return Map.of("marked", inbox.markAllRead(staff), "unread", 0);
	}
}
