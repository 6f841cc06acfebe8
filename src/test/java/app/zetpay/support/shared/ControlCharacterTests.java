package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * NUL and other control characters never reach storage, whatever the text input: PostgreSQL refuses
 * NUL (a 500 in production) while H2 stored it as sent. Line breaks and tabs are text and stay.
 */
@IntegrationTest
class ControlCharacterTests {

	static final String DIRTY = "pay\u0000ment\u001b[31m failed\u0007\n\ttwice\u0085";
	static final String CLEAN = "payment[31m failed\n\ttwice";

	@Autowired
	Api api;

	@Test
	void chatTextIsStoredWithoutControlCharactersButWithLineBreaksAndTabs() {
		var agents = new AgentFixtures(api);
		var agentId = agents.idOf(agents.create("Control Desk", "AGENT"));
		var customer = api.customerToken("ctl-" + UUID.randomUUID(), "Priya");
		var chatId = api.post("/api/chat/initiate/" + agentId, customer, Map.of()).body().get("id").asString();

		var sent = api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", DIRTY));

		assertThat(sent.status()).as(sent.raw().body()).isEqualTo(201);
		var history = api.get("/api/chat/" + chatId + "/messages?limit=5", customer).body();
		assertThat(history.valueStream().map(m -> m.get("text").asString())).containsExactly(CLEAN);
	}

	@Test
	void ticketFieldsAreStoredWithoutControlCharacters() {
		var customer = api.customerToken("ctl-" + UUID.randomUUID(), "Priya");

		var created = api.post("/api/support/tickets/create", customer,
				Map.of("issueType", "Refund\u0000 missing", "description", DIRTY));

		assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
		JsonNode ticket = api.get("/api/support/tickets/" + created.body().get("id").asString(), customer).body();
		assertThat(ticket.get("issueType").asString()).isEqualTo("Refund missing");
		assertThat(ticket.get("description").asString()).isEqualTo(CLEAN);
	}

	@Test
	void aMessageOfControlCharactersOnlyIsBlank() {
		var customer = api.customerToken("ctl-" + UUID.randomUUID(), "Priya");

		var created = api.post("/api/support/tickets/create", customer,
				Map.of("issueType", "\u0000\u0001", "description", "Something"));

		assertThat(created.status()).isEqualTo(400);
		assertThat(created.body().get("code").asString()).isEqualTo("validation-failed");
	}

	@Test
	void namesLoseTheirControlCharactersFromTokens() {
		var fromToken = api.customerToken("ctl-" + UUID.randomUUID(), "Pri\u0000ya\u001b");

		assertThat(api.get("/api/me", fromToken).body().get("name").asString()).isEqualTo("Priya");
	}

	@Test
	@Tag("embedded-only") // the dev token endpoint exists only in the embedded default
	void namesLoseTheirControlCharactersFromJson() {
		var devToken = api.post("/api/dev/token", null, Map.of("userId", "ctl-dev-" + UUID.randomUUID(),
				"name", "Ra\u0000vi")).body().get("token").asString();

		assertThat(api.get("/api/me", devToken).body().get("name").asString()).isEqualTo("Ravi");
	}

	@Test
	void controlCharactersInTheQueryOrPathAreABadRequest() {
		var agents = new AgentFixtures(api);
		var agent = agents.token(agents.create("Query Desk", "AGENT"));

		var inSearch = api.get("/api/support/faqs?query=card%00blocked", null);
		var inTicketSearch = api.get("/api/tickets?q=a%01b", agent);
		var inPath = api.get("/api/agents/customers/cust%07x/transactions", agent);

		for (var refused : java.util.List.of(inSearch, inTicketSearch, inPath)) {
			assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.body().get("code").asString()).isEqualTo("malformed-request");
		}
	}
}
