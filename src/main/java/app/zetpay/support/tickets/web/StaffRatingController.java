package app.zetpay.support.tickets.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.tickets.internal.Ratings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What the customer thought, for the staff who worked the chat or ticket: the console shows it on a
 * closed chat and a resolved ticket. Within what the caller may see (404 otherwise).
 */
@RestController
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
@Tag(name = "Ratings (staff)")
class StaffRatingController {

	private final Ratings ratings;

	StaffRatingController(Ratings ratings) {
		this.ratings = ratings;
	}

	@GetMapping("/api/agents/conversations/{chatId}/rating")
	@Operation(summary = "The customer's rating of a chat: rated false until they give one")
	Ratings.Given chat(@PathVariable String chatId, @AuthenticationPrincipal Caller.Staff staff) {
		return ratings.given(staff, Ratings.Subject.CHAT, chatId);
	}

	@GetMapping("/api/tickets/{ticketId}/rating")
	@Operation(summary = "The customer's rating of a ticket: rated false until they give one")
	Ratings.Given ticket(@PathVariable String ticketId, @AuthenticationPrincipal Caller.Staff staff) {
		return ratings.given(staff, Ratings.Subject.TICKET, ticketId);
	}
}
