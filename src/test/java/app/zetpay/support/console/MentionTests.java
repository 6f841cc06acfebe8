package app.zetpay.support.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * A private note that names an agent reaches them: live as {@code mention} and in their unread
 * mentions until they mark it read. Agents who may not see the conversation are not told of it.
 */
@IntegrationTest
class MentionTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String customer;
	String author;
	String colleagueEmail;
	String colleague;
	String chatId;

	@BeforeEach
	void aChatItsAgentAndASupervisor() {
		agents = new AgentFixtures(api);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Priya");
		var authorEmail = agents.create("Mention Author", "AGENT");
		author = agents.token(authorEmail);
		// A supervisor may see every conversation; an agent of the team would see it once it is the team's.
		colleagueEmail = agents.create("Mention Colleague", "AGENT", "SUPERVISOR");
		colleague = agents.token(colleagueEmail);
		chatId = agents.directChat(customer, authorEmail);
		api.post("/api/chat/" + chatId + "/messages", author, Map.of("text", "Let me check"));
	}

	@Test
	void aMentionedColleagueIsNotifiedLiveAndKeepsItUnreadUntilMarkedRead() {
		var handle = colleagueEmail.substring(0, colleagueEmail.indexOf('@'));
		try (var colleagueSocket = SocketClient.authenticated(api, colleague);
				var customerSocket = SocketClient.authenticated(api, customer)) {

			var note = api.post(notes(), author, Map.of("text", "@" + handle + " can you confirm the refund?"));
			var live = colleagueSocket.next("mention").get("payload");

			assertThat(note.body().get("mentions").get(0).asString()).isEqualTo(agents.idOf(colleagueEmail));
			assertThat(live.get("conversationId").asString()).isEqualTo(chatId);
			assertThat(live.get("excerpt").asString()).contains("can you confirm the refund?");
			assertThat(customerSocket.drain("mention", Duration.ofMillis(300))).isEmpty();
		}
		var inbox = api.get("/api/agents/me/mentions", colleague).body();
		var mentionId = inbox.get("mentions").get(0).get("id").asString();
		var read = api.post("/api/agents/me/mentions/" + mentionId + "/read", colleague, Map.of());
		var after = api.get("/api/agents/me/mentions", colleague).body();
		var history = api.get("/api/agents/me/mentions?unread=false", colleague).body();

		assertThat(inbox.get("unread").asLong()).isEqualTo(1);
		assertThat(inbox.get("mentions").get(0).get("authorName").asString()).isEqualTo("Mention Author");
		assertThat(read.status()).isEqualTo(200);
		assertThat(after.get("unread").asLong()).isZero();
		assertThat(after.get("mentions").size()).isZero();
		assertThat(history.get("mentions").get(0).get("read").asBoolean()).isTrue();
	}

	@Test
	void anAgentWhoMayNotSeeTheChatIsNotMentionedAndNobodyMarksAnothersMention() {
		var outsiderEmail = agents.createInTeam("Mention Outsider", "cards", "AGENT");
		var outsider = agents.token(outsiderEmail);

		var note = api.post(notes(), author,
				Map.of("text", "@" + agents.idOf(outsiderEmail) + " and @nobody-" + UUID.randomUUID() + " look"));
		var unknown = api.post("/api/agents/me/mentions/mnt_nothing/read", outsider, Map.of());

		assertThat(note.status()).isEqualTo(201);
		assertThat(note.body().path("mentions").size()).isZero();
		assertThat(api.get("/api/agents/me/mentions", outsider).body().get("unread").asLong()).isZero();
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
	}

	private String notes() {
		return "/api/agents/conversations/" + chatId + "/notes";
	}

	static JsonNode first(JsonNode list) {
		return list.get(0);
	}
}
