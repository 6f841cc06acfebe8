package app.zetpay.support.chat.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.Sql;

/**
 * Searches over conversations within what a staff caller may see ({@link StaffScope}). A plain
 * {@code LIKE} on lower-cased text, the same on H2 and PostgreSQL; it scans, which is fine for
 * the volumes of one support desk (decision 0026 says how to scale it).
 */
@Repository
class ConversationFinder {

	/** A conversation a search found. */
	/** A conversation found; {@code matched}, the latest message or note whose text matched, if any. */
	record Hit(String id, String customerId, @Nullable String customerName, String status,
			@Nullable String assignedAgentId, @Nullable String team, Instant updatedAt, @Nullable String matched) {
	}

	/** One of a customer's conversations, as their history beside a chat shows it. */
	record Past(String id, String status, @Nullable String topic, @Nullable String assignedAgentId,
			@Nullable String team, Instant createdAt, Instant updatedAt) {
	}

	/** A label and how many of the conversations the caller may see carry it. */
	record LabelCount(String label, long conversations) {
	}

	private final JdbcClient jdbc;

	ConversationFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Matches on the customer's name or id, the conversation id, or the text of a message or note. */
	List<Hit> search(Caller.Staff staff, String text, int offset, int limit) {
		var scope = StaffScope.of(staff);
		var sql = """
				SELECT c.id, c.customer_id, c.customer_name, c.status, c.assigned_agent_id, c.team, c.updated_at
				FROM conversation c WHERE %s AND (LOWER(c.customer_name) LIKE :q ESCAPE '!'
				  OR LOWER(c.customer_id) LIKE :q ESCAPE '!' OR LOWER(c.id) LIKE :q ESCAPE '!'
				  OR EXISTS (SELECT 1 FROM chat_message m WHERE m.conversation_id = c.id AND LOWER(m.text) LIKE :q ESCAPE '!')
				  OR EXISTS (SELECT 1 FROM conversation_note n WHERE n.conversation_id = c.id AND LOWER(n.text) LIKE :q ESCAPE '!'))
				ORDER BY c.updated_at DESC, c.id LIMIT :limit OFFSET :offset""".formatted(scope.where());
		var pattern = "%" + escape(text.toLowerCase(java.util.Locale.ROOT)) + "%";
		var query = jdbc.sql(sql).param("q", pattern).param("limit", limit).param("offset", offset);
		for (var param : scope.params().entrySet()) {
			query = query.param(param.getKey(), param.getValue());
		}
		var rows = query.query((rs, n) -> new Hit(rs.getString("id"), rs.getString("customer_id"),
				rs.getString("customer_name"), rs.getString("status"), rs.getString("assigned_agent_id"),
				rs.getString("team"), Sql.instant(rs, "updated_at"), null)).list();
		if (rows.isEmpty()) {
			return rows;
		}
		// What matched, for this page's hits only: the latest matching message, else the latest note.
		var ids = rows.stream().map(Hit::id).toList();
		var matched = new HashMap<String, String>();
		latestMatching("SELECT conversation_id, text FROM chat_message", "seq", ids, pattern, matched);
		latestMatching("SELECT conversation_id, text FROM conversation_note", "note_seq", ids, pattern, matched);
		return rows.stream().map(h -> new Hit(h.id(), h.customerId(), h.customerName(), h.status(), h.assignedAgentId(),
				h.team(), h.updatedAt(), matched.get(h.id()))).toList();
	}

	private void latestMatching(String select, String order, List<String> ids, String pattern,
			Map<String, String> into) {
		jdbc.sql(select + " WHERE conversation_id IN (:ids) AND LOWER(text) LIKE :q ESCAPE '!' ORDER BY " + order + " DESC")
			.param("ids", ids).param("q", pattern)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
			.forEach(found -> into.putIfAbsent(found.getKey(), found.getValue()));
	}

	/** A customer's conversations the caller may see, newest first. */
	List<Past> ofCustomer(Caller.Staff staff, String customerId, int limit) {
		var scope = StaffScope.of(staff);
		var query = jdbc.sql("SELECT c.id, c.status, c.topic, c.assigned_agent_id, c.team, c.created_at, c.updated_at"
				+ " FROM conversation c WHERE c.customer_id = :customer AND " + scope.where()
				+ " ORDER BY c.updated_at DESC, c.id LIMIT :limit")
				.param("customer", customerId).param("limit", limit);
		for (var param : scope.params().entrySet()) {
			query = query.param(param.getKey(), param.getValue());
		}
		return query.query((rs, n) -> new Past(rs.getString("id"), rs.getString("status"), rs.getString("topic"),
				rs.getString("assigned_agent_id"), rs.getString("team"), Sql.instant(rs, "created_at"),
				Sql.instant(rs, "updated_at"))).list();
	}

	/** The labels in use on conversations the caller may see, most used first. */
	List<LabelCount> labelsInUse(Caller.Staff staff) {
		var scope = StaffScope.of(staff);
		var query = jdbc.sql("SELECT l.label, COUNT(*) AS n FROM conversation_label l JOIN conversation c"
				+ " ON c.id = l.conversation_id WHERE " + scope.where() + " GROUP BY l.label ORDER BY n DESC, l.label");
		for (var param : scope.params().entrySet()) {
			query = query.param(param.getKey(), param.getValue());
		}
		return query.query((rs, n) -> new LabelCount(rs.getString(1), rs.getLong(2))).list();
	}

	private static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}
}
