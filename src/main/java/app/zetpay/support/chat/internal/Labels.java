package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.shared.Sql;

/** The labels staff put on conversations. */
@Repository
class Labels {

	private final JdbcClient jdbc;

	Labels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the conversation had the label already. */
	boolean add(ConversationId chatId, String label, String by, Instant at) {
		return jdbc.sql("INSERT INTO conversation_label (conversation_id, label, added_by, added_at)"
				+ " VALUES (:chatId, :label, :by, :at) ON CONFLICT DO NOTHING")
				.param("chatId", chatId.value()).param("label", label).param("by", by).param("at", Sql.utc(at))
				.update() > 0;
	}

	boolean remove(ConversationId chatId, String label) {
		return jdbc.sql("DELETE FROM conversation_label WHERE conversation_id = :chatId AND label = :label")
				.param("chatId", chatId.value()).param("label", label).update() > 0;
	}

	List<String> of(ConversationId chatId) {
		return jdbc.sql("SELECT label FROM conversation_label WHERE conversation_id = :chatId ORDER BY label")
				.param("chatId", chatId.value()).query(String.class).list();
	}

	/** The labels of several conversations at once, each list in order; absent ones have none. */
	Map<String, List<String>> ofAll(Collection<String> chatIds) {
		var found = new HashMap<String, List<String>>();
		if (chatIds.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT conversation_id, label FROM conversation_label WHERE conversation_id IN (:ids)"
				+ " ORDER BY conversation_id, label").param("ids", List.copyOf(chatIds))
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
				.forEach(e -> found.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return found;
	}
}
