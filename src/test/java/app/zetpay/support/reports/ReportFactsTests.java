package app.zetpay.support.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/** The facts the reports read are kept by the ordinary paths: chatting and setting availability. */
@IntegrationTest
class ReportFactsTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstAgentMessageIsTheFirstResponseOfAChatAPersonWasAskedFor() {
		var agents = new AgentFixtures(api);
		var email = agents.create("Facts Agent", "AGENT");
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Facts Customer");
		var chatId = agents.directChat(customer, email);
		assertThat(api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "Hello?")).status())
			.isLessThan(300);
		assertThat(column(chatId, "first_response_at")).isNull();

		api.post("/api/chat/" + chatId + "/messages", agents.token(email), Map.of("text", "Hi, I am here"));
		api.post("/api/chat/" + chatId + "/messages", agents.token(email), Map.of("text", "How can I help?"));

		var firstAgentMessage = jdbc.sql("SELECT MIN(created_at) FROM chat_message WHERE conversation_id = :id "
				+ "AND sender_role = 'AGENT'").param("id", chatId).query(OffsetDateTime.class).single();
		assertThat(column(chatId, "first_response_at")).isEqualTo(firstAgentMessage.toInstant());
		// Straight to an agent: a person was asked for from the start, and the bot never took it.
		assertThat(column(chatId, "queued_at")).isEqualTo(column(chatId, "created_at"));
		assertThat(jdbc.sql("SELECT bot_took FROM conversation WHERE id = :id").param("id", chatId)
				.query(Boolean.class).single()).isFalse();
		api.closeChatsOf(customer);
	}

	@Test
	void everyChangeOfAvailabilityEndsOnePresenceIntervalAndStartsTheNext() {
		var agents = new AgentFixtures(api);
		var email = agents.create("Presence Agent", "AGENT");
		var id = agents.idOf(email);
		agents.availability(email, "ONLINE");
		agents.availability(email, "ONLINE");
		agents.availability(email, "AWAY");
		agents.availability(email, "ONLINE");

		var intervals = jdbc.sql("SELECT availability, started_at, ended_at FROM agent_presence WHERE agent_id = :id "
				+ "ORDER BY started_at, id").param("id", id)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class),
						rs.getObject(3, OffsetDateTime.class) })
				.list();
		// ONLINE twice is one interval; each change closes the previous one where the next starts.
		assertThat(intervals).extracting(i -> i[0]).containsExactly("ONLINE", "AWAY", "ONLINE");
		assertThat(intervals.get(0)[2]).isEqualTo(intervals.get(1)[1]);
		assertThat(intervals.get(1)[2]).isEqualTo(intervals.get(2)[1]);
		assertThat(intervals.get(2)[2]).isNull();
	}

	private java.time.@org.jspecify.annotations.Nullable Instant column(String chatId, String column) {
		var value = jdbc.sql("SELECT " + column + " FROM conversation WHERE id = :id").param("id", chatId)
				.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single();
		return value.map(OffsetDateTime::toInstant).orElse(null);
	}
}
