package app.zetpay.support.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.shared.IstEpoch;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * The facts the reports read are kept by the ordinary paths: chatting, working a ticket and setting
 * availability. Each contact_fact assertion fails if the flow's write of it is dropped.
 */
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
	void aChatsContactFactFollowsItFromOpeningThroughFirstAnswerTransferAndClose() {
		var agents = new AgentFixtures(api);
		var email = agents.createInTeam("Fact Chat Agent", "payments", "AGENT");
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Fact Customer");
		var chatId = agents.directChat(customer, email);

		var opened = fact("CHAT", chatId);
		assertThat(opened).containsEntry("agent_id", agents.idOf(email)).containsEntry("bot_took", false);
		assertThat(opened.get("opened_s")).isEqualTo(epoch(chatId, "created_at"));
		assertThat(opened.get("queued_s")).as("straight to a person: asked for from the start")
			.isEqualTo(opened.get("opened_s"));
		assertThat(opened.get("first_response_s")).isNull();
		assertThat(opened.get("closed_s")).isNull();

		api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "Hello?"));
		api.post("/api/chat/" + chatId + "/messages", agents.token(email), Map.of("text", "Hi, I am here"));
		api.post("/api/chat/" + chatId + "/messages", agents.token(email), Map.of("text", "Let me check"));
		await().untilAsserted(() -> assertThat(fact("CHAT", chatId).get("first_response_s")).isNotNull());
		assertThat(fact("CHAT", chatId).get("first_response_s")).isEqualTo(epoch(chatId, "first_response_at"));

		assertThat(api.post("/api/agents/conversations/" + chatId + "/transfer", agents.token(email),
				Map.of("toTeam", "cards")).status()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(fact("CHAT", chatId)).containsEntry("team", "cards"));
		assertThat(fact("CHAT", chatId).get("agent_id")).isEqualTo(column(chatId, "assigned_agent_id", String.class));

		api.closeChatsOf(customer);
		await().untilAsserted(() -> assertThat(fact("CHAT", chatId).get("closed_s")).isNotNull());
		var closed = fact("CHAT", chatId);
		assertThat(closed.get("closed_s")).isEqualTo(epoch(chatId, "closed_at"));
		assertThat(closed.get("first_response_s")).as("kept: the first answer").isEqualTo(
				epoch(chatId, "first_response_at"));
		assertThat(closed.get("response_s")).isEqualTo((Long) closed.get("first_response_s") - (Long) closed.get("queued_s"));
		assertThat(closed.get("resolution_s")).isEqualTo((Long) closed.get("closed_s") - (Long) closed.get("opened_s"));
		assertThat(closed.get("closed_day")).isEqualTo((long) IstEpoch.day(column(chatId, "closed_at")));
		assertThat(closed.get("opened_day")).isEqualTo((long) IstEpoch.day(column(chatId, "created_at")));
		assertThat(closed.get("opened_hour")).isEqualTo((long) IstEpoch.hourOfWeek(column(chatId, "created_at")));
	}

	@Test
	void aTicketsContactFactFollowsItsAssignmentFirstReplyAndResolutionAndGoesWhenMerged() {
		var agents = new AgentFixtures(api);
		var agent = agents.token(agents.create("Fact Ticket Agent", "AGENT", "SUPERVISOR"));
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Fact Customer");
		var ticketId = api.post("/api/support/tickets/create", customer,
				Map.of("issueType", "Refund", "description", "Where is my refund?")).body().get("id").asString();

		var opened = fact("TICKET", ticketId);
		assertThat(opened).containsEntry("source", "CUSTOMER");
		assertThat(opened.get("opened_s")).isEqualTo(ticketEpoch(ticketId, "created_at"));
		assertThat(opened.get("queued_s")).isEqualTo(opened.get("opened_s"));

		var assignee = agents.idOf(agents.createInTeam("Refund Agent", "refunds", "AGENT"));
		assertThat(api.post("/api/tickets/" + ticketId + "/assign", agent,
				Map.of("assigneeId", assignee, "team", "refunds")).status()).isLessThan(300);
		assertThat(fact("TICKET", ticketId)).containsEntry("agent_id", assignee).containsEntry("team", "refunds");

		assertThat(api.post("/api/tickets/" + ticketId + "/reply", agent, Map.of("message", "Looking into it")).status())
			.isEqualTo(201);
		assertThat(fact("TICKET", ticketId).get("first_response_s"))
			.isNotNull().isEqualTo(ticketEpoch(ticketId, "first_responded_at"));

		assertThat(api.post("/api/tickets/" + ticketId + "/status", agent, Map.of("status", "RESOLVED")).status())
			.isLessThan(300);
		var resolved = fact("TICKET", ticketId);
		assertThat(resolved.get("closed_s")).isNotNull().isEqualTo(ticketEpoch(ticketId, "resolved_at"));
		assertThat(resolved.get("resolution_s")).isEqualTo((Long) resolved.get("closed_s") - (Long) resolved.get("opened_s"));
		assertThat(resolved.get("response_s"))
			.isEqualTo((Long) resolved.get("first_response_s") - (Long) resolved.get("opened_s"));

		var duplicate = api.post("/api/support/tickets/create", customer,
				Map.of("issueType", "Refund", "description", "Refund again")).body().get("id").asString();
		assertThat(facts("TICKET", duplicate)).hasSize(1);
		assertThat(api.post("/api/tickets/" + duplicate + "/merge", agent, Map.of("intoTicketId", ticketId)).status())
			.isLessThan(300);
		assertThat(facts("TICKET", duplicate)).as("the ticket it was merged into counts for it").isEmpty();
	}

	/**
	 * A customer's rating lands on the contact's fact row with the rating, in the same request: CSAT
	 * and the agent table read it from there (decision 0042). Fails if either write is dropped.
	 */
	@Test
	void aRatingOfAChatOrATicketIsKeptOnItsContactFactWithItsMoment() {
		var agents = new AgentFixtures(api);
		var email = agents.create("Rated Agent", "AGENT", "SUPERVISOR");
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Rating Customer");
		var chatId = agents.directChat(customer, email);
		api.closeChatsOf(customer);
		await().untilAsserted(() -> assertThat(fact("CHAT", chatId).get("closed_s")).isNotNull());
		assertThat(fact("CHAT", chatId).get("rating")).as("not rated yet").isNull();

		assertThat(api.post("/api/support/chats/" + chatId + "/rating", customer, Map.of("rating", 4)).status())
			.isLessThan(300);
		var chat = fact("CHAT", chatId);
		assertThat(chat.get("rating")).isEqualTo(4L);
		assertThat(chat.get("rated_s")).isEqualTo(ratedEpoch("CHAT", chatId));

		var ticketId = api.post("/api/support/tickets/create", customer,
				Map.of("issueType", "Refund", "description", "Where is my refund?")).body().get("id").asString();
		assertThat(api.post("/api/tickets/" + ticketId + "/status", agents.token(email), Map.of("status", "RESOLVED"))
			.status()).isLessThan(300);
		assertThat(api.post("/api/support/tickets/" + ticketId + "/rating", customer, Map.of("rating", 2)).status())
			.isLessThan(300);
		var ticket = fact("TICKET", ticketId);
		assertThat(ticket.get("rating")).isEqualTo(2L);
		assertThat(ticket.get("rated_s")).isEqualTo(ratedEpoch("TICKET", ticketId));
		assertThat(fact("CHAT", chatId).get("rating")).as("each contact its own").isEqualTo(4L);
	}

	private long ratedEpoch(String kind, String id) {
		return jdbc.sql("SELECT created_at FROM csat_rating WHERE subject_type = :kind AND subject_id = :id")
			.param("kind", kind).param("id", id).query(OffsetDateTime.class).single().toEpochSecond();
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
		// The same bounds as epoch seconds, which the agent table's time online adds up (V33).
		var seconds = jdbc.sql("SELECT started_s, ended_s FROM agent_presence WHERE agent_id = :id ORDER BY started_at, id")
				.param("id", id).query((rs, n) -> new Object[] { rs.getObject(1), rs.getObject(2) }).list();
		for (int i = 0; i < intervals.size(); i++) {
			assertThat(((Number) seconds.get(i)[0]).longValue())
				.isEqualTo(((OffsetDateTime) intervals.get(i)[1]).toEpochSecond());
			var ended = (OffsetDateTime) intervals.get(i)[2];
			assertThat(seconds.get(i)[1] == null ? null : ((Number) seconds.get(i)[1]).longValue())
				.isEqualTo(ended == null ? null : ended.toEpochSecond());
		}
	}

	private Map<String, Object> fact(String kind, String id) {
		var found = facts(kind, id);
		assertThat(found).as("the contact_fact row of " + kind + " " + id).hasSize(1);
		return found.get(0);
	}

	private List<Map<String, Object>> facts(String kind, String id) {
		return jdbc.sql("SELECT * FROM contact_fact WHERE kind = :kind AND id = :id").param("kind", kind).param("id", id)
			.query().listOfRows().stream().map(ReportFactsTests::lowerCaseKeys).toList();
	}

	/** Column names in lower case, whatever the database's case. */
	private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
		var lower = new HashMap<String, Object>();
		// Every number as a Long, whichever integer type the driver hands back.
		row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value instanceof Number n ? n.longValue() : value));
		return lower;
	}

	private @Nullable Long epoch(String chatId, String column) {
		var at = column(chatId, column);
		return at == null ? null : at.getEpochSecond();
	}

	private @Nullable Long ticketEpoch(String ticketId, String column) {
		var value = jdbc.sql("SELECT " + column + " FROM ticket WHERE id = :id").param("id", ticketId)
				.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single();
		return value.map(at -> at.toInstant().getEpochSecond()).orElse(null);
	}

	private @Nullable Object column(String chatId, String column, Class<?> type) {
		return jdbc.sql("SELECT " + column + " FROM conversation WHERE id = :id").param("id", chatId)
				.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, type))).single().orElse(null);
	}

	private java.time.@org.jspecify.annotations.Nullable Instant column(String chatId, String column) {
		var value = jdbc.sql("SELECT " + column + " FROM conversation WHERE id = :id").param("id", chatId)
				.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single();
		return value.map(OffsetDateTime::toInstant).orElse(null);
	}
}
