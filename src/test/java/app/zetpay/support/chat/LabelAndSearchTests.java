package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Labels on conversations and the agents' search, each within what the caller may see. */
@IntegrationTest
class LabelAndSearchTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String customer;
	String agent;
	String chatId;
	String word;

	@BeforeEach
	void chatBetweenACustomerAndAnAgent() {
		agents = new AgentFixtures(api);
		word = "zq" + UUID.randomUUID().toString().substring(0, 8);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Kiran " + word);
		var agentEmail = agents.create("Label Agent", "AGENT");
		agent = agents.token(agentEmail);
		chatId = agents.directChat(customer, agentEmail);
	}

	@Test
	void labelsAppearInTheStaffViewAndFilterTheInboxButNotForTheCustomer() {
		var label = "refund-" + word;

		var added = put("/api/agents/conversations/" + chatId + "/labels/" + label.toUpperCase(), agent);
		var view = api.get("/api/chat/" + chatId, agent).body();
		var filtered = api.get("/api/chat?label=" + label, agent).body();
		var other = api.get("/api/chat?label=nothing-" + word, agent).body();
		var inUse = api.get("/api/agents/labels", agent).body();
		var customerView = api.get("/api/chat/" + chatId, customer).raw().body();

		assertThat(added.status()).isEqualTo(200);
		assertThat(added.body().get("labels").get(0).asString()).isEqualTo(label);
		assertThat(view.get("labels").get(0).asString()).isEqualTo(label);
		assertThat(ids(filtered)).containsExactly(chatId);
		assertThat(ids(other)).isEmpty();
		assertThat(inUse.findValues("label").stream().map(JsonNode::asString)).contains(label);
		assertThat(customerView).doesNotContain(label).doesNotContain("\"labels\"");
	}

	@Test
	void aWaitingConversationShowsItsLabelsInTheQueue() {
		var waiting = api.customerToken("cust-" + UUID.randomUUID(), "Queued " + word);
		var queuedChat = api.post("/api/chat/initiate/support", waiting, Map.of()).body().get("id").asString();
		var supervisor = agents.token(agents.create("Queue Supervisor", "AGENT", "SUPERVISOR"));
		put("/api/agents/conversations/" + queuedChat + "/labels/urgent-" + word, supervisor);

		var queue = api.get("/api/agents/queue", supervisor).body();

		api.closeChatsOf(waiting);
		var entry = ids(queue).indexOf(queuedChat);
		assertThat(entry).as("the chat waits in the queue").isNotNegative();
		assertThat(queue.get(entry).get("labels").get(0).asString()).isEqualTo("urgent-" + word);
	}

	@Test
	void aLabelCanBeTakenOffAndABadOneIsAProblem() {
		put("/api/agents/conversations/" + chatId + "/labels/vip", agent);

		var removed = api.send("DELETE", "/api/agents/conversations/" + chatId + "/labels/vip", agent, null,
				HttpRequest.BodyPublishers.noBody());
		var bad = put("/api/agents/conversations/" + chatId + "/labels/no%20spaces", agent);

		assertThat(removed.body().get("labels").size()).isZero();
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
	}

	@Test
	void searchFindsByCustomerNameIdAndMessageTextOnlyWhatTheAgentMaySee() {
		api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "my order " + word + "-77 is stuck"));
		var outsider = agents.token(agents.createInTeam("Search Outsider", "cards", "AGENT"));
		var supervisor = agents.token(agents.createInTeam("Search Supervisor", "cards", "AGENT", "SUPERVISOR"));

		var byName = api.get("/api/agents/conversations/search?q=KIRAN%20" + word.toUpperCase(), agent).body();
		var byText = api.get("/api/agents/conversations/search?q=" + word + "-77", agent).body();
		var byId = api.get("/api/agents/conversations/search?q=" + chatId, agent).body();
		var notTheirs = api.get("/api/agents/conversations/search?q=" + word, outsider).body();
		var everything = api.get("/api/agents/conversations/search?q=" + word, supervisor).body();
		var empty = api.get("/api/agents/conversations/search?q=", agent);
		var customerTries = api.get("/api/agents/conversations/search?q=" + word, customer);

		assertThat(ids(byName.get("items"))).containsExactly(chatId);
		assertThat(ids(byText.get("items"))).containsExactly(chatId);
		// What matched, so the agent sees why the conversation was found.
		assertThat(byText.get("items").get(0).get("matched").asString()).isEqualTo("my order " + word + "-77 is stuck");
		assertThat(byName.get("items").get(0).path("matched").isString()).isFalse();
		assertThat(ids(byId.get("items"))).containsExactly(chatId);
		assertThat(ids(notTheirs.get("items"))).isEmpty();
		assertThat(ids(everything.get("items"))).containsExactly(chatId);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(customerTries.status()).isEqualTo(403);
	}

	@Test
	void anAgentSeesTheCustomersPastConversationsTheyMaySeeNewestFirst() {
		var customerId = "cust-" + UUID.randomUUID();
		var returning = api.customerToken(customerId, "Returning " + word);
		var agentEmail = agents.create("History Agent", "AGENT");
		var historian = agents.token(agentEmail);
		var first = agents.directChat(returning, agentEmail);
		put("/api/agents/conversations/" + first + "/labels/refund", historian);
		api.post("/api/chat/" + first + "/close", historian, Map.of());
		var second = agents.directChat(returning, agentEmail);
		var outsider = agents.token(agents.createInTeam("History Outsider", "cards", "AGENT"));

		var past = api.get("/api/agents/customers/" + customerId + "/conversations", historian).body();
		var outsiders = api.get("/api/agents/customers/" + customerId + "/conversations", outsider).body();
		var customerTries = api.get("/api/agents/customers/" + customerId + "/conversations", returning);

		api.closeChatsOf(returning);
		assertThat(ids(past)).containsExactly(second, first).doesNotContain(chatId);
		assertThat(past.get(1).get("status").asString()).isEqualTo("CLOSED");
		assertThat(past.get(1).get("labels").get(0).asString()).isEqualTo("refund");
		assertThat(ids(outsiders)).isEmpty();
		assertThat(customerTries.status()).isEqualTo(403);
	}

	@Test
	void searchIsPagedAndTreatsWildcardsAsText() {
		var page = api.get("/api/agents/conversations/search?q=" + word + "&size=1&page=0", agent).body();
		var wildcard = api.get("/api/agents/conversations/search?q=%25%25", agent).body();

		assertThat(page.get("size").asInt()).isEqualTo(1);
		assertThat(page.get("hasMore").asBoolean()).isFalse();
		assertThat(ids(wildcard.get("items"))).doesNotContain(chatId);
	}

	private Api.Response put(String path, String token) {
		return api.send("PUT", path, token, null, HttpRequest.BodyPublishers.noBody());
	}

	private static List<String> ids(JsonNode list) {
		var ids = new ArrayList<String>();
		list.forEach(c -> ids.add(c.has("id") ? c.get("id").asString() : c.get("conversationId").asString()));
		return ids;
	}
}
