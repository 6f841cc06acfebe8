package app.zetpay.support.chat.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
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
		var moved = jdbc.sql("""
				UPDATE conversation_read SET last_read_seq = :seq
				WHERE conversation_id = :chatId AND participant_id = :participant AND last_read_seq < :seq""")
				.param("chatId", chatId.value()).param("participant", participantId).param("seq", seq).update();
		if (moved > 0) {
			return true;
		}
		var exists = jdbc.sql("SELECT COUNT(*) FROM conversation_read WHERE conversation_id = :chatId"
				+ " AND participant_id = :participant")
				.param("chatId", chatId.value()).param("participant", participantId).query(Long.class).single() > 0;
		if (exists) {
			return false;
		}
		try {
			jdbc.sql("INSERT INTO conversation_read (conversation_id, participant_id, last_read_seq)"
					+ " VALUES (:chatId, :participant, :seq)")
					.param("chatId", chatId.value()).param("participant", participantId).param("seq", seq).update();
			return true;
		}
		catch (DuplicateKeyException raced) {
			return advance(chatId, participantId, seq);
		}
	}

	Map<String, Long> all(ConversationId chatId) {
		return jdbc.sql("SELECT participant_id, last_read_seq FROM conversation_read WHERE conversation_id = :chatId")
				.param("chatId", chatId.value())
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
