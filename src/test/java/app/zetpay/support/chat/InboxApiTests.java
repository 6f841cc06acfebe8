package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.agents.AgentLoadChanged;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/** What the console's inbox reads from the server: the Closed tab, unread counts, the agent's load. */
@IntegrationTest
class InboxApiTests {

	@Autowired
	Api api;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	AgentFixtures agents;
	String agentEmail;
	String agent;

	@BeforeEach
	void anAgent() {
		agents = new AgentFixtures(api);
		agentEmail = agents.create("Inbox Agent", "AGENT");
		agent = agents.token(agentEmail);
	}

	@Test
	void theClosedTabListsTheAgentsOwnClosedChatsNewestFirstPageByPage() {
		var first = closedChat(agentEmail);
		var second = closedChat(agentEmail);
		var third = closedChat(agentEmail);
		var otherEmail = agents.create("Other Agent", "AGENT");
		var someoneElses = closedChat(otherEmail);
		var open = agents.directChat(api.customerToken("cust-" + UUID.randomUUID(), "Still Open"), agentEmail);

		var page1 = api.get("/api/agents/conversations/closed?size=2", agent).body();
		var page2 = api.get("/api/agents/conversations/closed?size=2&cursor="
				+ java.net.URLEncoder.encode(page1.get("nextCursor").asString(), java.nio.charset.StandardCharsets.UTF_8),
				agent).body();
		var supervisor = agents.token(agents.create("Closed Supervisor", "AGENT", "SUPERVISOR"));
		// Every page: the shared test database also holds other tests' chats, some closed later than these.
		var everyone = closedPages(supervisor, 50, Integer.MAX_VALUE);

		assertThat(ids(page1.get("items"))).containsExactly(third, second);
		assertThat(ids(page2.get("items"))).containsExactly(first);
		assertThat(page2.has("nextCursor")).isFalse();
		assertThat(page1.get("items").get(0).get("status").asString()).isEqualTo("CLOSED");
		assertThat(everyone).contains(first, second, third, someoneElses).doesNotContain(open);
	}

	@Test
	void chatsClosedAtTheSameInstantAreEachListedOnceAcrossPages() {
		var chats = List.of(closedChat(agentEmail), closedChat(agentEmail), closedChat(agentEmail));
		jdbc.sql("UPDATE conversation SET closed_at = :at WHERE id IN (:ids)")
				.param("at", java.time.OffsetDateTime.parse("2026-01-02T03:04:05Z")).param("ids", chats).update();

		var seen = closedPages(agent, 1, 5);

		assertThat(seen).containsExactlyElementsOf(chats.stream().sorted().toList());
	}

	@Test
	void aClosedRowCarriesWhatTheClosedTabShows() {
		var chat = agents.directChat(api.customerToken("cust-" + UUID.randomUUID(), "Labelled Customer"), agentEmail);
		api.post("/api/chat/" + chat + "/messages", agent, Map.of("text", "all sorted now"));
		assertThat(api.send("PUT", "/api/agents/conversations/" + chat + "/labels/refund", agent, "application/json",
				java.net.http.HttpRequest.BodyPublishers.noBody()).status()).isLessThan(300);
		assertThat(api.post("/api/chat/" + chat + "/close", agent, Map.of()).status()).isEqualTo(200);

		var row = api.get("/api/agents/conversations/closed?size=1", agent).body().get("items").get(0);

		assertThat(row.get("id").asString()).isEqualTo(chat);
		assertThat(row.get("participantNames").get(row.get("participants").get(0).asString()).asString())
				.isEqualTo("Labelled Customer");
		assertThat(row.get("participantNames").get(agents.idOf(agentEmail)).asString()).isEqualTo("Inbox Agent");
		assertThat(row.path("lastMessage").path("chatId").asString()).isEqualTo(chat);
		assertThat(row.get("labels")).extracting(JsonNode::asString).containsExactly("refund");
	}

	@Test
	void aBadCursorIsAProblemAndCustomersCannotListClosedChats() {
		var bad = api.get("/api/agents/conversations/closed?cursor=yesterday", agent);
		var customer = api.get("/api/agents/conversations/closed",
				api.customerToken("cust-" + UUID.randomUUID(), "Nosy"));

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(customer.status()).isEqualTo(403);
	}

	@Test
	void anAgentWhoTakesOverAChatCountsOnlyWhatWasWrittenAfterTheyJoined() {
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Before Join");
		var firstEmail = agents.create("First Agent", "AGENT");
		var chat = agents.directChat(customer, firstEmail);
		api.post("/api/chat/" + chat + "/messages", customer, Map.of("text", "hello?"));
		api.post("/api/chat/" + chat + "/messages", customer, Map.of("text", "my refund is late"));
		var transfer = api.post("/api/agents/conversations/" + chat + "/transfer", agents.token(firstEmail),
				Map.of("toAgentId", agents.idOf(agentEmail)));
		assertThat(transfer.status()).isEqualTo(200);
		var agentId = agents.idOf(agentEmail);
		awaitAssignedTo(chat, agentId);

		var onJoining = unreadOf(chat, agentId);
		api.post("/api/chat/" + chat + "/messages", customer, Map.of("text", "are you there?"));
		var afterOne = unreadOf(chat, agentId);

		assertThat(onJoining).isZero();
		assertThat(afterOne).isEqualTo(1);
	}

	@Test
	void theAgentsSocketsHearTheirLoadAndStatusChange() {
		try (var socket = SocketClient.authenticated(api, agent)) {
			var customer = api.customerToken("cust-" + UUID.randomUUID(), "Load Customer");
			var chat = agents.directChat(customer, agentEmail);

			var assigned = socket.next(f -> "agent_load".equals(f.path("type").asString())
					&& f.path("payload").path("active").asInt() == 1, "the load after a chat came").get("payload");
			api.send("PUT", "/api/agents/me/availability", agent, "application/json",
					java.net.http.HttpRequest.BodyPublishers.ofString("{\"availability\":\"AWAY\"}"));
			var away = socket.next(f -> "agent_load".equals(f.path("type").asString())
					&& "AWAY".equals(f.path("payload").path("status").asString()), "the load after going away")
					.get("payload");
			api.post("/api/chat/" + chat + "/close", agent, Map.of());
			var released = socket.next(f -> "agent_load".equals(f.path("type").asString())
					&& f.path("payload").path("active").asInt() == 0, "the load after the chat closed").get("payload");

			assertThat(assigned.get("capacity").asInt()).isPositive();
			assertThat(away.get("active").asInt()).isEqualTo(1);
			assertThat(released.get("status").asString()).isEqualTo("AWAY");
		}
	}

	@Test
	void onATransferThePreviousAgentHearsTheirLoadDrop() {
		var previousEmail = agents.create("Transferring Agent", "AGENT");
		var previous = agents.token(previousEmail);
		try (var socket = SocketClient.authenticated(api, previous)) {
			var chat = agents.directChat(api.customerToken("cust-" + UUID.randomUUID(), "Transferred"), previousEmail);
			socket.next(f -> "agent_load".equals(f.path("type").asString())
					&& f.path("payload").path("active").asInt() == 1, "the load after the chat came");

			var transfer = api.post("/api/agents/conversations/" + chat + "/transfer", previous,
					Map.of("toAgentId", agents.idOf(agentEmail)));
			var dropped = socket.next(f -> "agent_load".equals(f.path("type").asString())
					&& f.path("payload").path("active").asInt() == 0, "the load after handing the chat on")
					.get("payload");

			assertThat(transfer.status()).isEqualTo(200);
			assertThat(dropped.get("status").asString()).isEqualTo("ONLINE");
		}
	}

	@Test
	void aLoadChangeLeavesNoOutboxRowForItsScreenUpdate() {
		var agentId = agents.idOf(agentEmail);

		// Publications are written when the event is published and deleted once delivered: look before the commit.
		var stored = transactions.execute(tx -> {
			events.publishEvent(new AgentLoadChanged(agentId));
			return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :agent")
					.param("agent", "%" + agentId + "%").query(Long.class).single();
		});

		assertThat(stored).isZero();
	}

	/** A chat between a new customer and this agent, closed by the agent. */
	private String closedChat(String email) {
		var chat = agents.directChat(api.customerToken("cust-" + UUID.randomUUID(), "Closed " + email), email);
		assertThat(api.post("/api/chat/" + chat + "/close", agents.token(email), Map.of()).status()).isEqualTo(200);
		return chat;
	}

	/** The ids on the closed tab, following its cursor for at most {@code maxPages} pages. */
	private List<String> closedPages(String token, int size, int maxPages) {
		var seen = new ArrayList<String>();
		String cursor = null;
		for (var page = 0; page < maxPages; page++) {
			var body = api.get("/api/agents/conversations/closed?size=" + size + (cursor == null ? ""
					: "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), token)
					.body();
			seen.addAll(ids(body.get("items")));
			if (!body.has("nextCursor")) {
				break;
			}
			cursor = body.get("nextCursor").asString();
		}
		return seen;
	}

	private long unreadOf(String chat, String agentId) {
		return api.get("/api/chat/" + chat, agent).body().get("unreadCounts").path(agentId).asLong(-1);
	}

	private void awaitAssignedTo(String chat, String agentId) {
		var deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (agentId.equals(api.get("/api/chat/" + chat, agent).body().path("assignedAgentId").asString(""))) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("Chat " + chat + " never reached " + agentId);
	}

	private static List<String> ids(JsonNode list) {
		var ids = new ArrayList<String>();
		list.forEach(c -> ids.add(c.get("id").asString()));
		return ids;
	}
}
