package app.zetpay.support.chat.internal;

import java.sql.Types;
import java.time.Instant;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.chat.ChatRatings;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.shared.IstEpoch;

/**
 * The reports' copy of a chat (contact_fact, decision 0037): written by {@link Conversations} in the
 * same transaction as the conversation row it mirrors, so the two never disagree, and with its
 * moments as epoch seconds and IST days and hours worked out here, once, rather than per row per
 * report.
 */
@Repository
class ChatFacts implements ChatRatings {

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	ChatFacts(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void opened(Conversation c) {
		jdbc.sql("""
				INSERT INTO contact_fact (kind, id, team, agent_id, opened_s, opened_day, opened_hour, queued_s, closed_s,
				  closed_day, resolution_s, bot_took, handover_cause)
				VALUES ('CHAT', :id, :team, :agent, :opened, :openedDay, :openedHour, :queued, :closed, :closedDay,
				  :resolution, :botTook, :cause)""")
				.param("id", c.id().value()).param("team", c.team()).param("agent", c.assignedAgentId())
				.param("opened", c.createdAt().getEpochSecond()).param("openedDay", IstEpoch.day(c.createdAt()))
				.param("openedHour", IstEpoch.hourOfWeek(c.createdAt()))
				.param("closedDay", c.closedAt() == null ? null : IstEpoch.day(c.closedAt()), Types.INTEGER)
				.param("resolution", c.closedAt() == null ? null
						: c.closedAt().getEpochSecond() - c.createdAt().getEpochSecond(), Types.BIGINT)
				.param("queued", Conversations.waitsForAPerson(c) ? c.createdAt().getEpochSecond() : null, Types.BIGINT)
				.param("closed", epoch(c.closedAt()), Types.BIGINT)
				.param("botTook", c.status() == ConversationStatus.BOT)
				.param("cause", c.handover() == null ? null : c.handover().cause().name()).update();
	}

	/**
	 * The chat's routing team when it has one; without one (the shared queue, back with the bot) the
	 * fact keeps the last team it had, such as the team of the intent the bot classified it as
	 * (decision 0042): a chat routed to anyone still counts for the team its subject belongs to.
	 */
	void changed(Conversation c) {
		jdbc.sql("""
				UPDATE contact_fact SET team = COALESCE(:team, team), agent_id = :agent, closed_s = :closed,
				  closed_day = :closedDay,
				  resolution_s = :closed - opened_s, handover_cause = :cause, queued_s = COALESCE(queued_s, :queued)
				WHERE kind = 'CHAT' AND id = :id""")
				.param("id", c.id().value()).param("team", c.team()).param("agent", c.assignedAgentId())
				.param("closed", epoch(c.closedAt()), Types.BIGINT)
				.param("closedDay", c.closedAt() == null ? null : IstEpoch.day(c.closedAt()), Types.INTEGER)
				.param("cause", c.handover() == null ? null : c.handover().cause().name())
				.param("queued", Conversations.waitsForAPerson(c) ? c.updatedAt().getEpochSecond() : null, Types.BIGINT)
				.update();
	}

	/**
	 * The first response, only for the chats of a batch in which a person wrote: a no-op once the chat
	 * has one.
	 */
	void answered(Collection<Conversations.Advance> advances) {
		var answered = advances.stream().filter(a -> a.agentWroteAt() != null).toList();
		if (answered.isEmpty()) {
			return;
		}
		batch.batchUpdate("UPDATE contact_fact SET first_response_s = :at, response_s = :at - queued_s"
				+ " WHERE kind = 'CHAT' AND id = :id AND first_response_s IS NULL", answered.stream()
					.map(a -> new MapSqlParameterSource().addValue("id", a.id().value())
						.addValue("at", epoch(a.agentWroteAt()), Types.BIGINT))
					.toArray(SqlParameterSource[]::new));
	}

	/** The team of the intent the bot classified the chat as, while the chat is the bot's (decision 0042). */
	void classified(ConversationId chat, String team) {
		jdbc.sql("""
				UPDATE contact_fact SET team = :team WHERE kind = 'CHAT' AND id = :id
				  AND EXISTS (SELECT 1 FROM conversation c WHERE c.id = :id AND c.status = 'BOT')""")
				.param("id", chat.value()).param("team", team).update();
	}

	/** Runs in the caller's transaction: the one that stores the rating (decision 0042). */
	@Override
	public void rated(ConversationId chat, int rating, Instant at) {
		jdbc.sql("UPDATE contact_fact SET rating = :rating, rated_s = :at WHERE kind = 'CHAT' AND id = :id")
				.param("id", chat.value()).param("rating", rating).param("at", at.getEpochSecond()).update();
	}

	private static @Nullable Long epoch(@Nullable Instant at) {
		return at == null ? null : at.getEpochSecond();
	}
}
