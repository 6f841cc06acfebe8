package app.zetpay.support.cobrowse.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.zetpay.support.shared.ProblemException;

/**
 * The supervisors' view of co-browsing: one row per session, its metadata only (who, when, for how
 * long, who consented and who ended it, and why), newest first, by agent and IST day. There is
 * nothing else to show: the page itself was never kept.
 */
@Service
public class CobrowseAudit {

	/** The team's days are IST, as the reports' are. */
	static final ZoneId DAYS = ZoneId.of("Asia/Kolkata");
	private static final int MAX_DAYS = 366;

	private final CobrowseSessions sessions;
	private final Clock clock;

	CobrowseAudit(CobrowseSessions sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/** One session as the audit shows it. {@code endedBy}: customer, agent, system, or null while open. */
	/** Named for the API's schema: "Row" alone would collide with other modules' records. */
	public record SessionRow(String id, String chatId, String agentId, String agentName, String customerId, String state,
			Instant requestedAt, @Nullable Instant answeredAt, boolean consented, @Nullable Instant endedAt,
			@Nullable String endedBy, @Nullable String endReason, long sharedSeconds) {

		static SessionRow of(CobrowseSession s, Instant now) {
			var endedBy = s.endedAt() == null ? null
					: s.endedBy() == null ? "system" : s.endedBy().equals(s.customerId()) ? "customer" : "agent";
			var consented = s.answeredAt() != null && s.state() != CobrowseSession.State.DECLINED;
			return new SessionRow(s.id(), s.conversationId(), s.agentId(), s.agentName(), s.customerId(), s.state().name(),
					s.requestedAt(), s.answeredAt(), consented, s.endedAt(), endedBy,
					s.endReason() == null ? null : s.endReason().name(), s.shared(now).toSeconds());
		}
	}

	public record SessionPage(List<SessionRow> items, int page, int size, long total, LocalDate from, LocalDate to) {
	}

	/**
	 * Sessions requested on IST days {@code from} to {@code to} (both included; default the last 7
	 * days, at most 366), of one agent if given. A bad date or range is a 400.
	 */
	public SessionPage list(@Nullable String agentId, @Nullable String from, @Nullable String to, int page, int size) {
		var today = LocalDate.ofInstant(clock.instant(), DAYS);
		var last = day(to, "to", today);
		var first = day(from, "from", last.minusDays(6));
		if (first.isAfter(last)) {
			throw ProblemException.badRequest("invalid-range", "from must not be after to.");
		}
		if (Duration.between(first.atStartOfDay(), last.atStartOfDay()).toDays() >= MAX_DAYS) {
			throw ProblemException.badRequest("invalid-range", "The range is at most " + MAX_DAYS + " days.");
		}
		var since = first.atStartOfDay(DAYS).toInstant();
		var before = last.plusDays(1).atStartOfDay(DAYS).toInstant();
		var agent = agentId == null || agentId.isBlank() ? null : agentId;
		var now = clock.instant();
		var rows = sessions.requestedBetween(agent, since, before, page * size, size).stream()
				.map(s -> SessionRow.of(s, now)).toList();
		return new SessionPage(rows, page, size, sessions.countRequestedBetween(agent, since, before), first, last);
	}

	private static LocalDate day(@Nullable String value, String name, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw ProblemException.badRequest("invalid-date", name + " must be a day, YYYY-MM-DD.");
		}
	}
}
