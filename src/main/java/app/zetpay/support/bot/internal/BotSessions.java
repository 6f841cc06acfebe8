package app.zetpay.support.bot.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.shared.Sql;

/** The bot's memory per conversation; one row, locked while a message is handled. */
@Repository
class BotSessions {

	private static final String SEPARATOR = "\n";

	private final JdbcClient jdbc;
	private final Clock clock;

	BotSessions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The session, created if new, locked until the transaction ends: two messages of one
	 * conversation are handled one after the other, on any node.
	 */
	BotSession lock(String conversationId, String customerId) {
		jdbc.sql("""
				INSERT INTO bot_session (conversation_id, customer_id, misunderstood, intents, told, handed_over, updated_at)
				VALUES (:id, :customer, 0, '', '', FALSE, :at) ON CONFLICT DO NOTHING""")
				.param("id", conversationId).param("customer", customerId).param("at", Sql.utc(clock.instant()))
				.update();
		return jdbc.sql("SELECT * FROM bot_session WHERE conversation_id = :id FOR UPDATE")
				.param("id", conversationId)
				.query((rs, n) -> new BotSession(rs.getString("conversation_id"), rs.getString("customer_id"),
						rs.getString("flow"),
						rs.getString("step") == null ? null : BotSession.Step.valueOf(rs.getString("step")),
						rs.getString("transaction_id"), rs.getInt("misunderstood"), lines(rs.getString("intents")),
						lines(rs.getString("told")), rs.getBoolean("handed_over"), rs.getLong("answered_seq")))
				.single();
	}

	void save(BotSession session) {
		jdbc.sql("""
				UPDATE bot_session SET flow = :flow, step = :step, transaction_id = :txn, misunderstood = :misunderstood,
				  intents = :intents, told = :told, handed_over = :handedOver,
				  answered_seq = :answeredSeq, updated_at = :at
				WHERE conversation_id = :id""")
				.param("id", session.conversationId).param("flow", session.flow)
				.param("step", session.step == null ? null : session.step.name()).param("txn", session.transactionId)
				.param("misunderstood", session.misunderstood).param("intents", joined(session.intents, 2000))
				.param("told", joined(session.told, 4000)).param("handedOver", session.handedOver)
				.param("answeredSeq", session.answeredSeq)
				.param("at", Sql.utc(clock.instant())).update();
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(SEPARATOR));
	}

	/** Oldest lines are dropped first when the column would overflow. */
	private static String joined(List<String> lines, int max) {
		var kept = new java.util.ArrayList<>(lines.stream().map(l -> l.replace(SEPARATOR, " ")).toList());
		var text = String.join(SEPARATOR, kept);
		while (text.length() > max && !kept.isEmpty()) {
			kept.removeFirst();
			text = String.join(SEPARATOR, kept);
		}
		return text;
	}
}
