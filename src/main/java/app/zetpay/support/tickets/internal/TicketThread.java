package app.zetpay.support.tickets.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import app.zetpay.support.shared.Sql;

/** A ticket's conversation (public replies and internal notes) and its audit trail. */
@Repository
class TicketThread {

	enum Visibility {
		PUBLIC, INTERNAL
	}

	enum AuthorRole {
		CUSTOMER, AGENT, SYSTEM
	}

	record Message(String id, String ticketId, String authorId, String authorName, AuthorRole authorRole,
			Visibility visibility, String body, Instant createdAt) {
	}

	record Change(String actorId, String actorName, String field, @Nullable String from, @Nullable String to,
			Instant at) {
	}

	private final JdbcClient jdbc;

	TicketThread(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Message add(String ticketId, String authorId, String authorName, AuthorRole role, Visibility visibility,
			String body, Instant at) {
		var message = new Message("tmsg_" + UUID.randomUUID().toString().replace("-", ""), ticketId, authorId,
				authorName, role, visibility, body, at);
		jdbc.sql("""
				INSERT INTO ticket_message (id, ticket_id, author_id, author_name, author_role, visibility, body, created_at)
				VALUES (:id, :ticketId, :authorId, :authorName, :role, :visibility, :body, :at)""")
				.param("id", message.id()).param("ticketId", ticketId).param("authorId", authorId)
				.param("authorName", authorName).param("role", role.name()).param("visibility", visibility.name())
				.param("body", body).param("at", Sql.utc(at)).update();
		return message;
	}

	List<Message> messages(String ticketId, boolean includeInternal) {
		return jdbc.sql("SELECT id, ticket_id, author_id, author_name, author_role, visibility, body, created_at"
				+ " FROM ticket_message WHERE ticket_id = :id" + (includeInternal ? "" : " AND visibility = 'PUBLIC'")
				+ " ORDER BY created_at, id")
				.param("id", ticketId)
				.query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						AuthorRole.valueOf(rs.getString(5)), Visibility.valueOf(rs.getString(6)), rs.getString(7),
						Sql.instant(rs, "created_at")))
				.list();
	}

	void record(String ticketId, String actorId, String actorName, String field, @Nullable String from,
			@Nullable String to, Instant at) {
		jdbc.sql("""
				INSERT INTO ticket_event (ticket_id, actor_id, actor_name, field, old_value, new_value, at)
				VALUES (:ticketId, :actorId, :actorName, :field, :from, :to, :at)""")
				.param("ticketId", ticketId).param("actorId", actorId).param("actorName", actorName)
				.param("field", field).param("from", from).param("to", to).param("at", Sql.utc(at)).update();
	}

	List<Change> changes(String ticketId) {
		return jdbc.sql("SELECT actor_id, actor_name, field, old_value, new_value, at FROM ticket_event"
				+ " WHERE ticket_id = :id ORDER BY id")
				.param("id", ticketId)
				.query((rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), Sql.instant(rs, "at")))
				.list();
	}
}
