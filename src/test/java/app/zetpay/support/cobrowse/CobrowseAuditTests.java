package app.zetpay.support.cobrowse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * The supervisors' co-browsing audit (GET /api/cobrowse/sessions): who asked, whose page, when,
 * for how long, whether the customer consented, who ended it and why; by agent and IST day, paged,
 * newest first. Agents and customers get 403; a bad filter is a problem+json 400.
 */
@IntegrationTest
class CobrowseAuditTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	final List<SocketClient> sockets = new ArrayList<>();

	@AfterEach
	void closeSockets() {
		sockets.forEach(SocketClient::close);
	}

	@Test
	void supervisorsSeeEachSessionsMetadataByAgentNewestFirst() {
		var agents = new AgentFixtures(api);
		var email = agents.create("Audit Agent", "AGENT");
		var agentId = agents.idOf(email);
		var supervisor = agents.token(agents.create("Audit Supervisor", "AGENT", "SUPERVISOR"));
		var customerId = "cust-" + UUID.randomUUID();
		var customer = api.customerToken(customerId, "Audit Customer");
		var chatId = agents.directChat(customer, email);
		var agent = connect(agents.token(email));
		var page = connect(customer);

		// One declined, then one shared and ended by the customer.
		var declined = ask(agent, page, chatId);
		page.send("cobrowse_respond", Map.of("sessionId", declined, "accept", false));
		agent.next(f -> CobrowseTests.session(f, "DECLINED"), "the refusal");
		var shared = ask(agent, page, chatId);
		page.send("cobrowse_respond", Map.of("sessionId", shared, "accept", true));
		agent.next(f -> CobrowseTests.session(f, "ACTIVE"), "the consent");
		page.send("cobrowse_end", Map.of("sessionId", shared));
		agent.next(f -> CobrowseTests.session(f, "ENDED"), "the end");

		var response = api.get("/api/cobrowse/sessions?agentId=" + agentId, supervisor);

		assertThat(response.status()).isEqualTo(200);
		var items = response.body().get("items");
		assertThat(response.body().get("total").asLong()).isEqualTo(2);
		assertThat(items).hasSize(2);
		var newest = items.get(0);
		assertThat(newest.get("id").asString()).isEqualTo(shared);
		assertThat(newest.get("chatId").asString()).isEqualTo(chatId);
		assertThat(newest.get("agentName").asString()).isEqualTo("Audit Agent");
		assertThat(newest.get("customerId").asString()).isEqualTo(customerId);
		assertThat(newest.get("consented").asBoolean()).isTrue();
		assertThat(newest.get("endedBy").asString()).isEqualTo("customer");
		assertThat(newest.get("endReason").asString()).isEqualTo("ENDED_BY_CUSTOMER");
		assertThat(newest.get("answeredAt").isNull()).isFalse();
		assertThat(newest.get("sharedSeconds").asLong()).isGreaterThanOrEqualTo(0);
		var older = items.get(1);
		assertThat(older.get("id").asString()).isEqualTo(declined);
		assertThat(older.get("state").asString()).isEqualTo("DECLINED");
		assertThat(older.get("consented").asBoolean()).isFalse();
		assertThat(older.get("sharedSeconds").asLong()).isZero();

		var paged = api.get("/api/cobrowse/sessions?agentId=" + agentId + "&size=1&page=1", supervisor).body();
		assertThat(ids(paged)).containsExactly(declined);
		assertThat(api.get("/api/cobrowse/sessions?agentId=" + agentId, agents.adminToken()).status()).isEqualTo(200);
	}

	@Test
	void theDateFilterTakesIstDaysAndABadOneIsAProblem() {
		var agents = new AgentFixtures(api);
		var email = agents.create("Dated Agent", "AGENT");
		var supervisor = agents.token(agents.create("Dated Supervisor", "AGENT", "SUPERVISOR"));
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Dated Customer");
		var chatId = agents.directChat(customer, email);
		var sessionId = ask(connect(agents.token(email)), connect(customer), chatId);
		var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Kolkata"));
		var base = "/api/cobrowse/sessions?agentId=" + agents.idOf(email);

		assertThat(ids(api.get(base + "&from=" + today + "&to=" + today, supervisor).body())).containsExactly(sessionId);
		assertThat(ids(api.get(base + "&from=" + today.minusDays(3) + "&to=" + today.minusDays(1), supervisor).body()))
				.isEmpty();
		var bad = api.get(base + "&from=yesterday", supervisor);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(api.get(base + "&from=" + today + "&to=" + today.minusDays(1), supervisor).status()).isEqualTo(400);
	}

	@Test
	void agentsAndCustomersCannotReadTheAudit() {
		var agents = new AgentFixtures(api);
		assertThat(api.get("/api/cobrowse/sessions", agents.token(agents.create("Curious Agent", "AGENT"))).status())
				.isEqualTo(403);
		assertThat(api.get("/api/cobrowse/sessions", api.customerToken("cust-" + UUID.randomUUID(), "Curious")).status())
				.isEqualTo(403);
		assertThat(api.get("/api/cobrowse/sessions", null).status()).isEqualTo(401);
	}

	static String ask(SocketClient agent, SocketClient page, String chatId) {
		agent.send("cobrowse_request", Map.of("chatId", chatId));
		return page.next(f -> CobrowseTests.session(f, "REQUESTED"), "the prompt").at("/payload/sessionId").asString();
	}

	static List<String> ids(JsonNode page) {
		var ids = new ArrayList<String>();
		page.get("items").forEach(i -> ids.add(i.get("id").asString()));
		return ids;
	}

	SocketClient connect(String token) {
		var socket = SocketClient.authenticated(api, token);
		sockets.add(socket);
		return socket;
	}
}
