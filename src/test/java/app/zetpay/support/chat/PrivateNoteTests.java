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

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * Private notes are staff's: in the staff timeline and on staff sockets, never in anything the
 * customer receives (history, live frames, resume, the ticket made from the chat), and the
 * customer's message numbers have no hole where a note was written (decision 0026).
 */
@IntegrationTest
class PrivateNoteTests {

	private static final String SECRET = "customer seems to be testing limits, check KYC";

	@Autowired
	Api api;

	AgentFixtures agents;
	String customer;
	String agent;
	String chatId;

	@BeforeEach
	void chatBetweenACustomerAndAnAgent() {
		agents = new AgentFixtures(api);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Meera");
		var agentEmail = agents.create("Note Agent", "AGENT");
		agent = agents.token(agentEmail);
		chatId = agents.directChat(customer, agentEmail);
	}

	@Test
	void aNoteIsInTheStaffTimelineButNeverInTheCustomersHistoryOrTicket() {
		say(agent, "one");
		var note = api.post(notes(), agent, Map.of("text", SECRET, "clientNoteId", "n-1"));
		say(agent, "two");

		var customerHistory = api.get("/api/chat/" + chatId + "/messages", customer).body();
		var customerReplay = api.get("/api/chat/" + chatId + "/messages?afterSeq=0", customer).body();
		var agentHistory = api.get("/api/chat/" + chatId + "/messages", agent).body();
		var timeline = api.get("/api/agents/conversations/" + chatId + "/timeline", agent).body();
		var ticket = api.post("/api/support/tickets/from-chat/" + chatId, customer, Map.of());

		assertThat(note.status()).isEqualTo(201);
		assertThat(note.body().get("noteSeq").asLong()).isEqualTo(1);
		assertThat(note.body().get("afterSeq").asLong()).isEqualTo(1);
		assertThat(texts(customerHistory)).containsExactly("one", "two");
		assertThat(seqs(customerHistory)).containsExactly(1L, 2L);
		assertThat(texts(customerReplay)).containsExactly("one", "two");
		assertThat(texts(agentHistory)).containsExactly("one", "two");
		assertThat(timeline.findValues("kind").stream().map(JsonNode::asString))
				.containsExactly("message", "note", "message");
		assertThat(timeline.get(1).get("note").get("text").asString()).isEqualTo(SECRET);
		assertThat(api.get("/api/chat/" + chatId, customer).raw().body()).doesNotContain(SECRET);
		assertThat(ticket.status()).isEqualTo(201);
		assertThat(ticket.raw().body()).doesNotContain(SECRET);
	}

	@Test
	void aConnectedCustomerNeverGetsANoteAndTheNextMessageFollowsWithoutAHole() {
		say(agent, "one");
		try (var customerSocket = SocketClient.authenticated(api, customer);
				var agentSocket = SocketClient.authenticated(api, agent)) {

			api.post(notes(), agent, Map.of("text", SECRET));
			var staffFrame = agentSocket.next("chat_note").get("payload");
			say(agent, "after the note");
			var next = customerSocket.next("chat_message").get("payload");

			assertThat(staffFrame.get("text").asString()).isEqualTo(SECRET);
			assertThat(next.get("text").asString()).isEqualTo("after the note");
			assertThat(next.get("seq").asLong()).isEqualTo(2);
			assertThat(customerSocket.drain("chat_note", Duration.ofMillis(500))).isEmpty();
		}
	}

	@Test
	void aCustomerResumingAcrossNotesGetsEveryMessageInOrderAndNoNote() {
		say(agent, "one");
		api.post(notes(), agent, Map.of("text", SECRET));
		say(agent, "two");
		api.post(notes(), agent, Map.of("text", SECRET + " again"));
		say(agent, "three");

		try (var socket = SocketClient.authenticated(api, customer)) {
			socket.send("resume", Map.of("chatId", chatId, "afterSeq", 1));

			var two = socket.next("chat_message").get("payload");
			var three = socket.next("chat_message").get("payload");
			var complete = socket.next("resume_complete").get("payload");

			assertThat(List.of(two.get("seq").asLong(), three.get("seq").asLong())).containsExactly(2L, 3L);
			assertThat(List.of(two.get("text").asString(), three.get("text").asString())).containsExactly("two", "three");
			assertThat(complete.get("lastSeq").asLong()).isEqualTo(3);
			assertThat(socket.drain("chat_note", Duration.ofMillis(300))).isEmpty();
		}
	}

	@Test
	void aRetriedNoteIsStoredOnce() {
		var first = api.post(notes(), agent, Map.of("text", "once", "clientNoteId", "same"));
		var again = api.post(notes(), agent, Map.of("text", "once", "clientNoteId", "same"));

		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
		assertThat(api.get(notes(), agent).body().size()).isEqualTo(1);
	}

	@Test
	void customersAndAgentsWhoCannotSeeTheChatCannotWriteOrReadNotes() {
		var outsider = agents.token(agents.createInTeam("Outsider", "cards", "AGENT"));

		assertThat(api.post(notes(), customer, Map.of("text", "hi")).status()).isEqualTo(403);
		assertThat(api.get(notes(), customer).status()).isEqualTo(403);
		assertThat(api.post(notes(), outsider, Map.of("text", "hi")).status()).isEqualTo(404);
		assertThat(api.get("/api/agents/conversations/" + chatId + "/timeline", outsider).status()).isEqualTo(404);
	}

	@Test
	void anEmptyNoteIsABadRequestProblem() {
		var response = api.post(notes(), agent, Map.of("text", "  "));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	private String notes() {
		return "/api/agents/conversations/" + chatId + "/notes";
	}

	private void say(String token, String text) {
		assertThat(api.post("/api/chat/" + chatId + "/messages", token, Map.of("text", text)).status()).isEqualTo(201);
	}

	private static List<String> texts(JsonNode messages) {
		var texts = new ArrayList<String>();
		messages.forEach(m -> texts.add(m.get("text").asString()));
		return texts;
	}

	private static List<Long> seqs(JsonNode messages) {
		var seqs = new ArrayList<Long>();
		messages.forEach(m -> seqs.add(m.get("seq").asLong()));
		return seqs;
	}
}
