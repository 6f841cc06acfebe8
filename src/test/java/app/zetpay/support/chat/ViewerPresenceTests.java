package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.chat.internal.ItemViewers;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/** The collision notice: staff with the same conversation or ticket open see each other, and who types. */
@IntegrationTest
class ViewerPresenceTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	ItemViewers viewers;

	AgentFixtures agents;
	String customer;
	String agent;
	String colleague;
	String chatId;

	@BeforeEach
	void aChatItsAgentAndASupervisorMaySee() {
		agents = new AgentFixtures(api);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Farah");
		var agentEmail = agents.create("Viewer One", "AGENT");
		agent = agents.token(agentEmail);
		colleague = agents.token(agents.create("Viewer Two", "AGENT", "SUPERVISOR"));
		chatId = agents.directChat(customer, agentEmail);
	}

	@Test
	void staffWithTheSameConversationOpenSeeEachOtherTypingAndLeaving() {
		try (var first = SocketClient.authenticated(api, agent)) {
			first.send("viewing", Map.of("kind", "conversation", "id", chatId));
			assertThat(names(first.next("viewers_changed"))).containsExactly("Viewer One");

			try (var second = SocketClient.authenticated(api, colleague)) {
				second.send("viewing", Map.of("kind", "conversation", "id", chatId));
				assertThat(names(first.next("viewers_changed"))).containsExactlyInAnyOrder("Viewer One", "Viewer Two");
				second.next("viewers_changed");

				second.send("viewing", Map.of("kind", "conversation", "id", chatId, "typing", true));
				var typing = first.next("viewers_changed").get("payload").get("viewers");
				assertThat(typing.findValues("typing").stream().map(JsonNode::asBoolean)).contains(true);
			}
			// The colleague's socket closed: they no longer have it open.
			assertThat(names(first.next("viewers_changed"))).containsExactly("Viewer One");
		}
	}

	@Test
	void customersOutsidersAndBadFramesGetAnError() {
		var outsider = agents.token(agents.createInTeam("Viewer Outsider", "cards", "AGENT"));
		try (var customerSocket = SocketClient.authenticated(api, customer);
				var outsiderSocket = SocketClient.authenticated(api, outsider)) {

			customerSocket.send("viewing", Map.of("kind", "conversation", "id", chatId));
			customerSocket.send("stopped_viewing", Map.of("kind", "conversation", "id", chatId));
			outsiderSocket.send("viewing", Map.of("kind", "conversation", "id", chatId));
			outsiderSocket.send("viewing", Map.of("kind", "invoice", "id", "x"));

			assertThat(customerSocket.next("error").get("payload").get("code").asString()).isEqualTo("staff-only");
			assertThat(customerSocket.next("error").get("payload").get("code").asString()).isEqualTo("staff-only");
			assertThat(outsiderSocket.next("error").get("payload").get("code").asString()).isEqualTo("not-found");
			assertThat(outsiderSocket.next("error").get("payload").get("code").asString()).isEqualTo("invalid-frame");
		}
	}

	@Test
	void supervisorsViewingTheSameTicketSeeEachOther() {
		var ticketId = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Viewer",
				"description", "collision notice")).body().get("id").asString();
		var one = agents.token(agents.create("Ticket Viewer One", "AGENT", "SUPERVISOR"));
		var two = agents.token(agents.create("Ticket Viewer Two", "AGENT", "SUPERVISOR"));
		try (var first = SocketClient.authenticated(api, one); var second = SocketClient.authenticated(api, two)) {
			first.send("viewing", Map.of("kind", "ticket", "id", ticketId));
			first.next("viewers_changed");
			second.send("viewing", Map.of("kind", "ticket", "id", ticketId));

			var seen = first.next("viewers_changed").get("payload");
			assertThat(seen.get("kind").asString()).isEqualTo("ticket");
			assertThat(names(seen)).containsExactlyInAnyOrder("Ticket Viewer One", "Ticket Viewer Two");

			second.send("stopped_viewing", Map.of("kind", "ticket", "id", ticketId));
			assertThat(names(first.next("viewers_changed"))).containsExactly("Ticket Viewer One");
		}
	}

	@Test
	void aTicketOpenedByItsNumberIsTheSameItemAsByItsId() {
		var created = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Viewer",
				"description", "opened two ways")).body();
		var one = agents.token(agents.create("By Id", "AGENT", "SUPERVISOR"));
		var two = agents.token(agents.create("By Number", "AGENT", "SUPERVISOR"));
		try (var first = SocketClient.authenticated(api, one); var second = SocketClient.authenticated(api, two)) {
			first.send("viewing", Map.of("kind", "ticket", "id", created.get("id").asString()));
			first.next("viewers_changed");
			second.send("viewing", Map.of("kind", "ticket", "id", created.get("number").asString()));

			var seen = first.next("viewers_changed").get("payload");
			assertThat(seen.get("id").asString()).isEqualTo(created.get("id").asString());
			assertThat(names(seen)).containsExactlyInAnyOrder("By Id", "By Number");

			second.send("stopped_viewing", Map.of("kind", "ticket", "id", created.get("number").asString()));
			assertThat(names(first.next("viewers_changed"))).containsExactly("By Id");
		}
	}

	@Test
	void aViewerWhoStopsRepeatingLapsesAndTheOthersAreTold() {
		try (var first = SocketClient.authenticated(api, agent); var second = SocketClient.authenticated(api, colleague)) {
			first.send("viewing", Map.of("kind", "conversation", "id", chatId));
			first.next("viewers_changed");
			second.send("viewing", Map.of("kind", "conversation", "id", chatId));
			first.next("viewers_changed");
			second.next("viewers_changed");
			clock.advance(Duration.ofSeconds(45));
			// Only the first keeps repeating; the second's socket stays open but goes quiet.
			first.send("viewing", Map.of("kind", "conversation", "id", chatId));
			first.next("viewers_changed");
			clock.advance(Duration.ofSeconds(20));

			viewers.expire();

			assertThat(names(first.next(f -> "viewers_changed".equals(f.path("type").asString())
					&& f.path("payload").path("viewers").size() == 1, "the list without the lapsed viewer")))
					.containsExactly("Viewer One");
		}
	}

	private static List<String> names(JsonNode frame) {
		var payload = frame.has("payload") ? frame.get("payload") : frame;
		var names = new ArrayList<String>();
		payload.get("viewers").forEach(v -> names.add(v.get("name").asString()));
		return names;
	}
}
