package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.shared.InvalidFieldException;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The inbox's Closed tab: closed conversations an agent had when they ended (all of them for
 * supervisors and admins), newest closed first, a page at a time by cursor, so chats closing
 * while the agent scrolls neither repeat nor skip a row.
 */
@Service
public class ClosedConversations {

	/** A page and the cursor of the next one (absent: this was the last). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ClosedPage(List<ChatSessionView> items, @Nullable String nextCursor) {
	}

	private final Conversations conversations;
	private final SessionViews views;

	ClosedConversations(Conversations conversations, SessionViews views) {
		this.conversations = conversations;
		this.views = views;
	}

	@Transactional(readOnly = true)
	public ClosedPage list(Caller.Staff staff, @Nullable String cursor, int size) {
		var everything = staff.hasRole(Role.SUPERVISOR) || staff.hasRole(Role.ADMIN);
		var from = Cursor.parse(cursor);
		var found = new ArrayList<>(conversations.findClosed(everything ? null : staff.id(),
				from == null ? null : from.closedAt(), from == null ? null : from.id(), size + 1));
		var hasMore = found.size() > size;
		var shown = hasMore ? found.subList(0, size) : found;
		var last = shown.isEmpty() ? null : shown.getLast();
		return new ClosedPage(views.closedRows(shown, staff),
				hasMore && last != null && last.closedAt() != null ? new Cursor(last.closedAt(), last.id().value()).text()
						: null);
	}

	/** Where a page ended: the last row's closing time and id, as {@code <ISO instant>~<id>}. */
	record Cursor(Instant closedAt, String id) {

		String text() {
			return closedAt + "~" + id;
		}

		static @Nullable Cursor parse(@Nullable String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			var cut = text.indexOf('~');
			try {
				if (cut > 0 && cut < text.length() - 1 && text.length() <= 100) {
					return new Cursor(Instant.parse(text.substring(0, cut)), text.substring(cut + 1));
				}
			}
			catch (DateTimeParseException e) {
				// reported below
			}
			throw new InvalidFieldException("cursor", "must be a nextCursor this endpoint returned");
		}
	}
}
