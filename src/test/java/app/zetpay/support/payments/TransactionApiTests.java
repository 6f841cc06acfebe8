package app.zetpay.support.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
	void agentsLookUpACustomersTransactionsButCustomersOnlyTheirOwn() {
		var userId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(userId, "Demo");
		var agent = new AgentFixtures(api).token(new AgentFixtures(api).create("Looker", "AGENT"));

		var list = api.get("/api/agents/customers/" + userId + "/transactions", agent).body();
		JsonNode one = list.get(0);

		assertThat(api.get("/api/agents/customers/" + userId + "/transactions/" + one.get("id").asString(), agent)
				.status()).isEqualTo(200);
		assertThat(api.get("/api/agents/customers/" + userId + "/transactions/NOPE", agent).status()).isEqualTo(404);
		assertThat(api.get("/api/agents/customers/" + userId + "/transactions", customer).status()).isEqualTo(403);
		assertThat(api.get("/api/payments/transactions?limit=500", customer).status()).isEqualTo(400);
	}
}
