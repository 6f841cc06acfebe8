package app.zetpay.support.console.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ChatLookup;
import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/**
 * Canned responses: each agent's own, and their teams' (which supervisors and admins write). Read
 * by the {@code /} picker, filled for a conversation on the server so what the customer gets is
 * exactly what the agent saw.
 */
@Service
public class CannedReplies {

	private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
	private static final int MAX_TEXT = 4_000;

	private final CannedResponses responses;
	private final ChatLookup chats;
	private final AgentDirectory directory;
	private final Clock clock;

	CannedReplies(CannedResponses responses, ChatLookup chats, AgentDirectory directory, Clock clock) {
		this.responses = responses;
		this.chats = chats;
		this.directory = directory;
		this.clock = clock;
	}

	/** What an agent saves; {@code team} makes it team-wide. */
	public record Draft(@Nullable String shortcut, @Nullable String text, @Nullable String team) {
	}

	/** The agent's own and their teams' (supervisors and admins: every team's), by shortcut or text prefix. */
	@Transactional(readOnly = true)
	public List<CannedResponse> search(Caller.Staff staff, @Nullable String q) {
		var prefix = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		if (prefix.startsWith("/")) {
			prefix = prefix.substring(1);
		}
		return responses.visible(staff.id(), supervises(staff) ? null : staff.teams().stream().map(Object::toString)
				.toList(), prefix, 50);
	}

	@Transactional
	public CannedResponse create(Caller.Staff staff, Draft draft) {
		var team = draft.team() == null || draft.team().isBlank() ? null : new TeamName(draft.team()).toString();
		if (team != null) {
			mayEditTeam(staff);
			if (!directory.hasEnabledMember(new TeamName(team))) {
				throw new InvalidFieldException("team", "no enabled agent is in team " + team);
			}
		}
		var response = new CannedResponse("cnd_" + UUID.randomUUID().toString().replace("-", ""),
				shortcut(draft.shortcut()), text(draft.text()), team, team == null ? staff.id() : null, staff.id(),
				clock.instant());
		if (!responses.insert(response)) {
			throw taken(response);
		}
		return response;
	}

	@Transactional
	public CannedResponse update(Caller.Staff staff, String id, Draft draft) {
		var current = editable(staff, id);
		var changed = new CannedResponse(id, draft.shortcut() == null ? current.shortcut() : shortcut(draft.shortcut()),
				draft.text() == null ? current.text() : text(draft.text()), current.team(), current.ownerId(),
				staff.id(), clock.instant());
		if (responses.shortcutTaken(changed)) {
			throw taken(changed);
		}
		responses.update(changed);
		return changed;
	}

	@Transactional
	public void delete(Caller.Staff staff, String id) {
		responses.delete(editable(staff, id).id());
	}

	/** The response's text with its placeholders filled for this conversation (which the caller must see). */
	@Transactional(readOnly = true)
	public String render(Caller.Staff staff, String id, @Nullable String conversationId) {
		var response = readable(staff, id);
		if (conversationId == null || conversationId.isBlank()) {
			throw new InvalidFieldException("conversationId", "must name the conversation to fill it for");
		}
		var chat = chats.find(staff, conversationId)
				.orElseThrow(() -> ProblemException.notFound("Chat " + conversationId));
		return Placeholders.fill(response.text(), Map.of(
				"customer.name", chat.customerName() == null || chat.customerName().isBlank() ? "there"
						: chat.customerName(),
				"customer.id", chat.customerId(), "agent.name", staff.displayName(), "conversation.id",
				chat.id().value(), "conversation.topic", chat.topic() == null ? "" : chat.topic()));
	}

	private CannedResponse readable(Caller.Staff staff, String id) {
		return responses.find(id).filter(r -> r.team() == null ? staff.id().equals(r.ownerId())
				: supervises(staff) || staff.teams().contains(new TeamName(r.team())))
				.orElseThrow(() -> ProblemException.notFound("Canned response " + id));
	}

	/** Own ones by their owner; team ones by supervisors and admins (others: 403 once they can see it). */
	private CannedResponse editable(Caller.Staff staff, String id) {
		var response = readable(staff, id);
		if (response.team() != null) {
			mayEditTeam(staff);
		}
		return response;
	}

	private static void mayEditTeam(Caller.Staff staff) {
		if (!supervises(staff)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "team-responses-need-supervisor",
					"Only supervisors and admins write a team's canned responses.");
		}
	}

	private static boolean supervises(Caller.Staff staff) {
		return staff.hasRole(Role.SUPERVISOR) || staff.hasRole(Role.ADMIN);
	}

	private static String shortcut(@Nullable String raw) {
		var shortcut = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
		shortcut = shortcut.startsWith("/") ? shortcut.substring(1) : shortcut;
		if (!SHORTCUT.matcher(shortcut).matches()) {
			throw new InvalidFieldException("shortcut", "1 to 32 lower-case letters, digits, '-' or '_'");
		}
		return shortcut;
	}

	private static String text(@Nullable String raw) {
		var text = raw == null ? "" : raw.strip();
		if (text.isEmpty() || text.length() > MAX_TEXT) {
			throw new InvalidFieldException("text", "1 to " + MAX_TEXT + " characters");
		}
		Placeholders.check(text);
		return text;
	}

	private static ProblemException taken(CannedResponse response) {
		return ProblemException.conflict("shortcut-taken",
				"/" + response.shortcut() + " is already a " + response.scope().toLowerCase(Locale.ROOT)
						+ " canned response; pick another shortcut.");
	}
}
