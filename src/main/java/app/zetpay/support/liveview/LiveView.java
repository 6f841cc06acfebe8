package app.zetpay.support.liveview;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.agents.Availability;
import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.TicketSlaBreached;

/**
 * What a supervisor sees at a glance, as of {@code at}. The REST snapshot and the {@code live_view}
 * frame carry the same shape.
 *
 * @param teams one card per registered team, then one for chats any agent may take ({@code team} null)
 * @param waitingLong queued chats waiting longer than {@code chatWaitWarningSeconds}, longest first
 * @param dueTickets active tickets whose next SLA target is due within {@code dueSoonSeconds}, overdue first
 */
public record LiveView(Instant at, List<TeamCard> teams, List<WaitingChat> waitingLong, List<DueTicket> dueTickets,
		long chatWaitWarningSeconds, long dueSoonSeconds) {

	/** @param longestWaitingSince when the longest-waiting chat joined the queue; null when none waits */
	public record TeamCard(@Nullable String team, String displayName, int queued, @Nullable Instant longestWaitingSince,
			List<AgentCard> agents) {
	}

	/** @param status OFFLINE without a live socket, whatever the agent set */
	public record AgentCard(String id, String name, Availability status, int active, int capacity) {
	}

	public record WaitingChat(String conversationId, @Nullable String team, boolean urgent, Instant since) {
	}

	public record DueTicket(String ticketId, String number, Priority priority, @Nullable String team,
			@Nullable String assigneeId, TicketSlaBreached.Target target, Instant due, boolean overdue) {
	}
}
