package app.zetpay.support.tickets.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A ticket on the wire. {@code thread} and {@code history} are filled for single-ticket reads. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketView(String id, String number, String customerId, @Nullable String customerName,
		String issueType, String description, @Nullable String transactionId, String priority, String status,
		String source, @Nullable String assigneeId, @Nullable String team, List<String> tags, @Nullable String chatId,
		@Nullable String mergedInto, @Nullable LocalDate refundEta, Sla sla, Instant createdAt, Instant updatedAt,
		@Nullable List<Entry> thread, @Nullable List<HistoryEntry> history, @Nullable List<File> attachments) {

	/** A downloadable file; {@code url} is relative to the API. */
	public record File(String id, String filename, String contentType, long size, String url) {
	}

	public record Sla(@Nullable Instant firstResponseDue, @Nullable Instant resolutionDue,
			@Nullable Instant firstRespondedAt, @Nullable Instant resolvedAt, boolean paused,
			boolean firstResponseBreached, boolean resolutionBreached) {
	}

	/** A reply or (for agents) an internal note. */
	public record Entry(String id, String authorId, String authorName, String authorRole, String visibility,
			String body, Instant createdAt, List<File> attachments) {
	}

	/** A change: status moves for customers; every audited change for agents. */
	public record HistoryEntry(String field, @Nullable String from, @Nullable String to, String by, Instant at) {
	}

	public static TicketView of(Ticket t, @Nullable List<Entry> thread, @Nullable List<HistoryEntry> history) {
		return of(t, thread, history, null);
	}

	static TicketView of(Ticket t, @Nullable List<Entry> thread, @Nullable List<HistoryEntry> history,
			@Nullable List<File> attachments) {
		return new TicketView(t.id(), t.number(), t.customerId(), t.customerName(), t.issueType(), t.description(),
				t.transactionId(), t.priority().name(), t.status().name(), t.source().name(), t.assigneeId(), t.team(),
				t.tags().stream().sorted().toList(), t.chatId(), t.mergedInto(), t.refundEta(),
				new Sla(t.firstResponseDue(), t.resolutionDue(), t.firstRespondedAt(), t.resolvedAt(),
						t.slaPausedAt() != null, t.firstResponseBreached(), t.resolutionBreached()),
				t.createdAt(), t.updatedAt(), thread, history, attachments);
	}
}
