package app.zetpay.support.console.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.shared.Sql;

@Repository
class Mentions {

	private static final String COLUMNS = """
			id, note_id, conversation_id, note_seq, author_id, author_name, excerpt, mentioned_at, read_at""";

	private final JdbcClient jdbc;

	Mentions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when this agent was already told of this note (an event delivered again). */
	boolean insert(String agentId, Mention m) {
		return jdbc.sql("INSERT INTO agent_mention (agent_id, " + COLUMNS + ") VALUES (:agent, :id, :note, :chat,"
				+ " :noteSeq, :author, :authorName, :excerpt, :at, NULL) ON CONFLICT DO NOTHING")
				.param("agent", agentId).param("id", m.id()).param("note", m.noteId()).param("chat", m.conversationId())
				.param("noteSeq", m.noteSeq()).param("author", m.authorId()).param("authorName", m.authorName())
				.param("excerpt", m.excerpt()).param("at", Sql.utc(m.mentionedAt())).update() > 0;
	}

	List<Mention> of(String agentId, boolean unreadOnly, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM agent_mention WHERE agent_id = :agent"
				+ (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY mentioned_at DESC, id LIMIT :limit")
				.param("agent", agentId).param("limit", limit).query(Mentions::row).list();
	}

	long unread(String agentId) {
		return jdbc.sql("SELECT COUNT(*) FROM agent_mention WHERE agent_id = :agent AND read_at IS NULL")
				.param("agent", agentId).query(Long.class).single();
	}

	/** False when the agent has no such mention. */
	boolean markRead(String agentId, String id, Instant at) {
		return jdbc.sql("UPDATE agent_mention SET read_at = COALESCE(read_at, :at) WHERE agent_id = :agent AND id = :id")
				.param("agent", agentId).param("id", id).param("at", Sql.utc(at)).update() > 0;
	}

	int markAllRead(String agentId, Instant at) {
		return jdbc.sql("UPDATE agent_mention SET read_at = :at WHERE agent_id = :agent AND read_at IS NULL")
				.param("agent", agentId).param("at", Sql.utc(at)).update();
	}

	private static Mention row(ResultSet rs, int n) throws SQLException {
		return new Mention(rs.getString("id"), rs.getString("conversation_id"), rs.getString("note_id"),
				rs.getLong("note_seq"), rs.getString("author_id"), rs.getString("author_name"), rs.getString("excerpt"),
				Sql.instant(rs, "mentioned_at"), Sql.instant(rs, "read_at"));
	}
}
