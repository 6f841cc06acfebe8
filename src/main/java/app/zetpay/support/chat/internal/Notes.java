package app.zetpay.support.chat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.shared.Sql;

/** Private notes, apart from the messages so nothing that reads a customer's history can see them. */
@Repository
class Notes {

	private static final String COLUMNS = """
			id, conversation_id, note_seq, after_seq, author_id, author_name, text, mentions, client_note_id,
			created_at""";

	private final JdbcClient jdbc;

	Notes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Only from the {@link Appender}, under the conversation's row lock. */
	void insert(Note note) {
		jdbc.sql("INSERT INTO conversation_note (" + COLUMNS + ") VALUES (:id, :chatId, :noteSeq, :afterSeq,"
				+ " :authorId, :authorName, :text, :mentions, :clientNoteId, :createdAt)")
				.param("id", note.id()).param("chatId", note.chatId()).param("noteSeq", note.noteSeq())
				.param("afterSeq", note.afterSeq()).param("authorId", note.authorId())
				.param("authorName", note.authorName()).param("text", note.text())
				.param("mentions", note.mentions().isEmpty() ? null : String.join(",", note.mentions()))
				.param("clientNoteId", note.clientNoteId()).param("createdAt", Sql.utc(note.timestamp()))
				.update();
	}

	/** The last note number of the conversation, 0 before its first note; read under its lock. */
	long lastNoteSeq(ConversationId chatId) {
		return jdbc.sql("SELECT COALESCE(MAX(note_seq), 0) FROM conversation_note WHERE conversation_id = :chatId")
				.param("chatId", chatId.value()).query(Long.class).single();
	}

	Optional<Note> findByClientKey(String authorId, String clientNoteId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM conversation_note WHERE author_id = :author"
				+ " AND client_note_id = :key").param("author", authorId).param("key", clientNoteId)
				.query(Notes::row).optional();
	}

	/** Notes after {@code afterNoteSeq}, oldest first: what a staff client missed. */
	List<Note> after(ConversationId chatId, long afterNoteSeq, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM conversation_note WHERE conversation_id = :chatId"
				+ " AND note_seq > :after ORDER BY note_seq LIMIT :limit")
				.param("chatId", chatId.value()).param("after", afterNoteSeq).param("limit", limit)
				.query(Notes::row).list();
	}

	/** Notes anchored after a message numbered from {@code fromAfterSeq} to {@code toAfterSeq}, in order. */
	List<Note> anchoredBetween(ConversationId chatId, long fromAfterSeq, long toAfterSeq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM conversation_note WHERE conversation_id = :chatId"
				+ " AND after_seq BETWEEN :from AND :to ORDER BY note_seq")
				.param("chatId", chatId.value()).param("from", fromAfterSeq).param("to", toAfterSeq)
				.query(Notes::row).list();
	}

	private static Note row(ResultSet rs, int n) throws SQLException {
		var mentions = rs.getString("mentions");
		return new Note(rs.getString("id"), rs.getString("conversation_id"), rs.getLong("note_seq"),
				rs.getLong("after_seq"), rs.getString("author_id"), rs.getString("author_name"), rs.getString("text"),
				mentions == null ? List.of() : Arrays.asList(mentions.split(",")), rs.getString("client_note_id"),
				Sql.instant(rs, "created_at"));
	}
}
