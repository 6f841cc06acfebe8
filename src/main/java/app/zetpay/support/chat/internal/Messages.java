package app.zetpay.support.chat.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.chat.ChatMessage;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.chat.SenderRole;
import app.zetpay.support.shared.Sql;

@Repository
class Messages {

	private static final String COLUMNS = """
			id, conversation_id, seq, sender_id, sender_name, sender_role, receiver_id, type, text, image_url,
			client_message_id, created_at, quick_replies""";

	/**
	 * Positional, set straight on the statement: the group commit runs it for every message, and named
	 * parameters cost a map per row and a lookup per value (issue 18: Spring's named-parameter work was
	 * 31 % of the chat writers' and socket handlers' Java samples).
	 */
	private static final String INSERT = """
			INSERT INTO chat_message (%s)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(COLUMNS);

	private final JdbcClient jdbc;
	/** For the group commit's statements, which take positional parameters (see {@link #INSERT}). */
	private final JdbcTemplate positional;

	Messages(JdbcClient jdbc, JdbcTemplate positional) {
		this.jdbc = jdbc;
		this.positional = positional;
	}

	/** One JDBC batch for many messages: the group commit's single round trip, and the only insert. */
	void insertAll(List<ChatMessage> messages) {
		if (!messages.isEmpty()) {
			positional.batchUpdate(INSERT, messages, messages.size(), Messages::set);
		}
	}

	/** A sender's client message id: the key that makes a send idempotent. */
	record ClientKey(String senderId, String clientMessageId) {
	}

	/**
	 * Earlier messages with any of these keys, in one query that the unique index on
	 * (sender_id, client_message_id) answers directly, on H2 and PostgreSQL alike.
	 */
	List<ChatMessage> findByClientKeys(Collection<ClientKey> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		var padded = Sql.paddedForIn(List.copyOf(keys));
		var values = new Object[padded.size() * 2];
		for (int i = 0; i < padded.size(); i++) {
			values[2 * i] = padded.get(i).senderId();
			values[2 * i + 1] = padded.get(i).clientMessageId();
		}
		return positional.query("SELECT " + COLUMNS + " FROM chat_message WHERE (sender_id, client_message_id) IN ("
				+ Sql.placeholders(padded.size(), "(?, ?)") + ")", Messages::row, values);
	}

	private static void set(PreparedStatement statement, ChatMessage m) throws SQLException {
		statement.setString(1, m.id());
		statement.setString(2, m.chatId().value());
		statement.setLong(3, m.seq());
		statement.setString(4, m.senderId());
		statement.setString(5, m.senderName());
		statement.setString(6, m.senderRole().name());
		statement.setString(7, m.receiverId());
		statement.setString(8, m.type().name());
		statement.setString(9, m.text());
		statement.setString(10, m.imageUrl());
		statement.setString(11, m.clientMessageId());
		statement.setObject(12, Sql.utc(m.timestamp()));
		statement.setString(13, QuickReplies.encode(m.quickReplies()));
	}

	Optional<ChatMessage> findById(ConversationId chatId, String messageId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM chat_message WHERE conversation_id = :chatId AND id = :id")
				.param("chatId", chatId.value()).param("id", messageId).query(Messages::row).optional();
	}

	/**
	 * The newest {@code limit} messages before a time or a sequence number (either may be absent),
	 * returned oldest first. Timestamps strictly increase with seq within a conversation, so paging by
	 * time never skips a message.
	 */
	List<ChatMessage> pageBefore(ConversationId chatId, @Nullable Instant before, @Nullable Long beforeSeq, int limit) {
		var sql = "SELECT " + COLUMNS + " FROM chat_message WHERE conversation_id = :chatId"
				+ (before == null ? "" : " AND created_at < :before")
				+ (beforeSeq == null ? "" : " AND seq < :beforeSeq")
				+ " ORDER BY seq DESC LIMIT :limit";
		var query = jdbc.sql(sql).param("chatId", chatId.value()).param("limit", limit);
		if (before != null) {
			query = query.param("before", Sql.utc(before));
		}
		if (beforeSeq != null) {
			query = query.param("beforeSeq", beforeSeq);
		}
		var newestFirst = query.query(Messages::row).list();
		var oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** Messages after {@code afterSeq}, oldest first: what a reconnecting client missed. */
	List<ChatMessage> after(ConversationId chatId, long afterSeq, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM chat_message WHERE conversation_id = :chatId AND seq > :after"
				+ " ORDER BY seq LIMIT :limit")
				.param("chatId", chatId.value()).param("after", afterSeq).param("limit", limit)
				.query(Messages::row).list();
	}

	Optional<ChatMessage> last(ConversationId chatId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM chat_message WHERE conversation_id = :chatId"
				+ " ORDER BY seq DESC LIMIT 1")
				.param("chatId", chatId.value()).query(Messages::row).optional();
	}

	/** The last message of each of these conversations, by conversation id; ones without messages are absent. */
	Map<String, ChatMessage> lastOfAll(Collection<String> chatIds) {
		if (chatIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM chat_message m WHERE conversation_id IN (:ids)"
				+ " AND seq = (SELECT MAX(x.seq) FROM chat_message x WHERE x.conversation_id = m.conversation_id)")
				.param("ids", List.copyOf(chatIds)).query(Messages::row).list().stream()
				.collect(Collectors.toMap(m -> m.chatId().value(), m -> m, (a, b) -> a));
	}

	/** Messages others sent after {@code afterSeq}: the participant's unread count. */
	long countUnread(ConversationId chatId, String participantId, long afterSeq) {
		return jdbc.sql("SELECT COUNT(*) FROM chat_message WHERE conversation_id = :chatId AND seq > :after"
				+ " AND sender_id <> :participant")
				.param("chatId", chatId.value()).param("after", afterSeq).param("participant", participantId)
				.query(Long.class).single();
	}

	private static ChatMessage row(ResultSet rs, int n) throws SQLException {
		return new ChatMessage(rs.getString("id"), new ConversationId(rs.getString("conversation_id")),
				rs.getLong("seq"), rs.getString("sender_id"), rs.getString("sender_name"),
				SenderRole.valueOf(rs.getString("sender_role")), rs.getString("receiver_id"),
				MessageType.valueOf(rs.getString("type")), rs.getString("text"), rs.getString("image_url"),
				Sql.instant(rs, "created_at"), rs.getString("client_message_id"),
				QuickReplies.decode(rs.getString("quick_replies")));
	}
}
