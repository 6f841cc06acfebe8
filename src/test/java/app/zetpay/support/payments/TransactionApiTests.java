package app.zetpay.support.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Transactions through the demo adapter of the embedded default. */
@IntegrationTest
@Tag("embedded-only")
class TransactionApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCustomerSeesAStableHistoryWithAFailedDebit() {
		var userId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(userId, "Demo");

		var first = api.get("/api/payments/transactions?limit=8", customer).body();
		var again = api.get("/api/payments/transactions?limit=8", customer).body();

		assertThat(first.size()).isEqualTo(8);
		assertThat(first.valueStream().map(t -> t.get("id").asString()).toList())
				.isEqualTo(again.valueStream().map(t -> t.get("id").asString()).toList());
		assertThat(first.valueStream().filter(t -> t.get("status").asString().equals("FAILED")
				&& t.get("debited").asBoolean())).hasSize(1);
		assertThat(first.valueStream().map(t -> t.get("userId").asString())).containsOnly(userId);
	}

	@Test
	void anAgentLooksUpTheTransactionsOfACustomerInTheirChatButCustomersOnlyTheirOwn() {
		var userId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(userId, "Demo");
		var agents = new AgentFixtures(api);
		var email = agents.create("Looker", "AGENT");
		var agent = agents.token(email);
		api.post("/api/chat/initiate/" + agents.idOf(email), customer, Map.of());

		var list = api.get("/api/agents/customers/" + userId + "/transactions", agent);
		JsonNode one = list.body().get(0);

		assertThat(list.status()).as(list.raw().body()).isEqualTo(200);
		assertThat(api.get("/api/agents/customers/" + userId + "/transactions/" + one.get("id").asString(), agent)
				.status()).isEqualTo(200);
		assertThat(api.get("/api/agents/customers/" + userId + "/transactions/NOPE", agent).status()).isEqualTo(404);
		assertThat(api.get("/api/agents/customers/" + userId + "/transactions", customer).status()).isEqualTo(403);
		assertThat(api.get("/api/payments/transactions?limit=500", customer).status()).isEqualTo(400);
	}

	@Test
	void anAgentCannotLookUpACustomerOutsideTheirChatsAndTickets() {
		var userId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(userId, "Demo");
		var agents = new AgentFixtures(api);
		var stranger = agents.token(agents.createInTeam("Stranger", "cards", "AGENT"));
		var other = agents.create("Other Agent", "AGENT");
		api.post("/api/chat/initiate/" + agents.idOf(other), customer, Map.of());

		var response = api.get("/api/agents/customers/" + userId + "/transactions", stranger);
		var nobody = api.get("/api/agents/customers/cust-" + UUID.randomUUID() + "/transactions", stranger);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("code").asString()).isEqualTo("customer-not-visible");
		assertThat(nobody.status()).isEqualTo(403);
	}

	@Test
	void aTicketOfTheirTeamOpensTheCustomerToAnAgentAndAnyTicketToASupervisor() {
		var userId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(userId, "Demo");
		var agents = new AgentFixtures(api);
		var supervisor = agents.token(agents.create("Lookup Supervisor", "AGENT", "SUPERVISOR"));
		var kyc = agents.token(agents.createInTeam("Kyc Looker", "kyc", "AGENT"));
		var cards = agents.token(agents.createInTeam("Cards Looker", "cards", "AGENT"));
		var ticketId = api.post("/api/support/tickets/create", customer, Map.of("issueType", "KYC", "description",
				"Stuck")).body().get("id").asString();
		api.post("/api/tickets/" + ticketId + "/assign", supervisor, Map.of("team", "kyc"));

		assertThat(status(userId, kyc)).isEqualTo(200);
		assertThat(status(userId, cards)).isEqualTo(403);
		assertThat(status(userId, supervisor)).isEqualTo(200);
		assertThat(status("cust-" + UUID.randomUUID(), supervisor)).isEqualTo(403);
	}

	@Test
	void everyLookUpIsAuditedWithWhoWhoseAndWhen() {
		var userId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(userId, "Demo");
		var agents = new AgentFixtures(api);
		var email = agents.create("Audited Looker", "AGENT");
		var agentId = agents.idOf(email);
		var agent = agents.token(email);
		api.get("/api/agents/customers/" + userId + "/transactions", agent);
		api.post("/api/chat/initiate/" + agentId, customer, Map.of());
		api.get("/api/agents/customers/" + userId + "/transactions/TXN-1", agent);

		var rows = jdbc.sql("SELECT staff_id, transaction_id, allowed, looked_up_at FROM transaction_lookup"
				+ " WHERE customer_id = :customer ORDER BY id").param("customer", userId)
				.query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getBoolean(3),
						rs.getObject(4) != null))
				.list();

		assertThat(rows).containsExactly(List.of(agentId, "null", false, true), List.of(agentId, "TXN-1", true, true));
	}

	private int status(String userId, String token) {
		return api.get("/api/agents/customers/" + userId + "/transactions", token).status();
	}
}
