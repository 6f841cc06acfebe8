package app.zetpay.support.tickets.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.tickets.Priority;
import app.zetpay.support.tickets.TicketStatus;

/** A ticket's row. State changes go through {@link TicketService}, which audits each one. */
public record Ticket(String id, String number, String customerId, @Nullable String customerName, String issueType,
		String description, @Nullable String transactionId, Priority priority, TicketStatus status, Source source,
		@Nullable String assigneeId, @Nullable String team, @Nullable String chatId, @Nullable String mergedInto,
		@Nullable LocalDate refundEta, @Nullable Instant firstResponseDue, @Nullable Instant resolutionDue,
		@Nullable Instant firstRespondedAt, @Nullable Instant resolvedAt, @Nullable Instant closedAt,
		@Nullable Instant slaPausedAt, boolean firstResponseBreached, boolean resolutionBreached, Set<String> tags,
		Instant createdAt, Instant updatedAt) {

	/** How the ticket came to be. */
	public enum Source {
		CUSTOMER, PAYMENT_EVENT, CHAT, AGENT
	}

	public Ticket {
		tags = Set.copyOf(tags);
	}

	/** Customers see their own; agents theirs, their team's and unassigned ones; supervisors all. */
	boolean isVisibleTo(Caller caller) {
		return switch (caller) {
			case Caller.Customer customer -> customerId.equals(customer.userId());
			case Caller.Staff staff -> staff.hasRole(Role.SUPERVISOR) || staff.hasRole(Role.ADMIN)
					|| staff.id().equals(assigneeId) || (assigneeId == null && team == null)
					|| (team != null && staff.teams().contains(new TeamName(team)));
		};
	}
}
