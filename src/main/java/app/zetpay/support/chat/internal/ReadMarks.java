package app.zetpay.support.chat.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.chat.ConversationId;

/** How far each participant has read. Only ever moves forward. */
@Repository
class ReadMarks {

	private final JdbcClient jdbc;

	ReadMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Moves the mark to {@code seq} unless it is already there or further; true when it moved. */
	boolean advance(ConversationId chatId, String participantId, long seq) {
		// ON CONFLICT rather than catching a duplicate, which would abort a PostgreSQL transaction.
		var inserted = jdbc.sql("INSERT INTO conversation_read (conversation_id, participant_id, last_read_seq)"
				+ " VALUES (:chatId, :participant, :seq) ON CONFLICT DO NOTHING")
				.param("chatId", chatId.value()).param("participant", participantId).param("seq", seq).update();
		if (inserted > 0) {
			return true;
		}
		return jdbc.sql("""
				UPDATE conversation_read SET last_read_seq = :seq
				WHERE conversation_id = :chatId AND participant_id = :participant AND last_read_seq < :seq""")
				.param("chatId", chatId.value()).param("participant", participantId).param("seq", seq).update() > 0;
	}

	Map<String, Long> all(ConversationId chatId) {
		return jdbc.sql("SELECT participant_id, last_read_seq FROM conversation_read WHERE conversation_id = :chatId")
				.param("chatId", chatId.value())
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The read marks of several conversations at once: conversation id, then participant, to seq. */
	Map<String, Map<String, Long>> allOf(Collection<String> chatIds) {
		var found = new HashMap<String, Map<String, Long>>();
		if (chatIds.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT conversation_id, participant_id, last_read_seq FROM conversation_read"
				+ " WHERE conversation_id IN (:ids)").param("ids", List.copyOf(chatIds))
				.query((rs, n) -> found.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
						.put(rs.getString(2), rs.getLong(3)))
				.list();
		return found;
	}
}
