package app.zetpay.support.tickets.internal;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.chat.ChatLookup;
import app.zetpay.support.chat.ChatRatings;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.Sql;

/** Customer satisfaction: a resolved ticket or an ended chat can be rated once, 1 to 5. */
@Service
public class Ratings {

	public enum Subject {
		TICKET, CHAT
	}

	public record Rating(Subject subjectType, String subjectId, int rating, @Nullable String comment) {
	}

	/** What staff see of a customer's rating: none yet, or the stars, the comment and when. */
	public record Given(boolean rated, @Nullable Integer rating, @Nullable String comment, @Nullable Instant ratedAt) {

		static final Given NONE = new Given(false, null, null, null);
	}

	private final JdbcClient jdbc;
	private final TicketStore tickets;
	private final ChatLookup chats;
	private final ChatRatings chatRatings;
	private final Clock clock;

	Ratings(JdbcClient jdbc, TicketStore tickets, ChatLookup chats, ChatRatings chatRatings, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.chats = chats;
		this.chatRatings = chatRatings;
		this.clock = clock;
	}

	@Transactional
	public Rating rate(Caller.Customer customer, Subject subject, String subjectId, int rating,
			@Nullable String comment) {
		if (rating < 1 || rating > 5) {
			throw new InvalidFieldException("rating", "must be between 1 and 5");
		}
		if (comment != null && comment.length() > 2000) {
			throw new InvalidFieldException("comment", "must be at most 2000 characters");
		}
		var found = visible(customer, subject, subjectId);
		if (!found.ended()) {
			throw ProblemException.conflict("not-resolved", subject == Subject.TICKET
					? "You can rate a ticket once it is resolved." : "You can rate a chat once it has ended.");
		}
		var id = found.id();
		var text = comment == null || comment.isBlank() ? null : SensitiveData.mask(comment.strip()).text();
		var at = clock.instant();
		var stored = jdbc.sql("INSERT INTO csat_rating (subject_type, subject_id, customer_id, rating, comment, created_at)"
				+ " VALUES (:type, :id, :customer, :rating, :comment, :at) ON CONFLICT DO NOTHING")
				.param("type", subject.name()).param("id", id).param("customer", customer.userId())
				.param("rating", rating).param("comment", text).param("at", Sql.utc(at))
				.update();
		if (stored == 0) {
			throw ProblemException.conflict("already-rated", "You have already rated this.");
		}
		// The reports read the rating from the contact's fact row, written here in the same transaction.
		switch (subject) {
			case TICKET -> tickets.rated(id, rating, at);
			case CHAT -> chatRatings.rated(new ConversationId(id), rating, at);
		}
		return new Rating(subject, id, rating, text);
	}

	/** The rating of a chat or ticket {@code staff} may see (404 otherwise), or that there is none yet. */
	@Transactional(readOnly = true)
	public Given given(Caller.Staff staff, Subject subject, String subjectId) {
		var id = visible(staff, subject, subjectId).id();
		return jdbc.sql("SELECT rating, comment, created_at FROM csat_rating WHERE subject_type = :type AND subject_id = :id")
				.param("type", subject.name()).param("id", id)
				.query((rs, row) -> new Given(true, rs.getInt(1), rs.getString(2), Sql.instant(rs, "created_at")))
				.optional().orElse(Given.NONE);
	}

	/** A rated thing the caller may see: its id, and whether it is over (resolved ticket, ended chat). */
	private record Visible(String id, boolean ended) {
	}

	/** The ticket or chat the caller may see, by the same rules as everywhere else; 404 otherwise. */
	private Visible visible(Caller caller, Subject subject, String subjectId) {
		return switch (subject) {
			case TICKET -> tickets.find(subjectId).filter(t -> t.isVisibleTo(caller))
					.map(t -> new Visible(t.id(), !t.status().isActive()))
					.orElseThrow(() -> ProblemException.notFound("Ticket " + subjectId));
			case CHAT -> chats.find(caller, subjectId)
					.map(c -> new Visible(c.id().value(), c.status() == ConversationStatus.CLOSED))
					.orElseThrow(() -> ProblemException.notFound("Chat " + subjectId));
		};
	}
}
