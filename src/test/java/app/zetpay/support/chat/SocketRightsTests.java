package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.identity.AgentDirectory;
import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.internal.TokenIssuer;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/**
 * An open socket holds the rights its account has now, not those it authenticated with: disabling,
 * demoting, moving teams, signing out and token expiry reach sockets already open.
 */
@IntegrationTest
class SocketRightsTests {

	@Autowired
	Api api;

	@Autowired
	TokenIssuer tokens;

	@Autowired
	AgentDirectory directory;

	@Autowired
	JdbcClient jdbc;

	/** The socket adapter caches an account's rights this long (StaffRights.TTL), and a little. */
	static final Duration RIGHTS_CACHE_TTL_AND_A_LITTLE = Duration.ofMillis(3_300);

	AgentFixtures agents;
	final List<SocketClient> sockets = new ArrayList<>();

	@BeforeEach
	void fixtures() {
		agents = new AgentFixtures(api);
	}

	@AfterEach
	void closeSockets() {
		sockets.forEach(SocketClient::close);
	}

	@Test
	void disablingAnAgentClosesTheirSocketAndSendsTheirChatsBackToTheQueue() {
		var email = agents.create("Disabled Soon", "AGENT");
		var agentId = agents.idOf(email);
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Kept Customer");
		var chatId = api.post("/api/chat/initiate/" + agentId, customer, Map.of()).body().get("id").asString();
		var agentSocket = connect(agents.token(email));
		var customerSocket = connect(customer);

		assertThat(api.post("/api/admin/agents/" + agentId + "/disable", agents.adminToken(), Map.of()).status())
				.isEqualTo(200);

		assertRevoked(agentSocket, "account-disabled");
		var notice = customerSocket.next(f -> f.path("type").asString().equals("chat_message")
				&& f.path("payload").path("text").asString().contains("no longer available"), "the requeue notice");
		assertThat(notice.get("payload").get("chatId").asString()).isEqualTo(chatId);
		var chat = api.get("/api/chat/" + chatId, customer).body();
		assertThat(chat.path("assignedAgentId").isNull() || chat.path("assignedAgentId").isMissingNode()).isTrue();
		assertThat(chat.get("status").asString()).isNotEqualTo("ASSIGNED");
	}

	@Test
	void aDisabledAgentsFramesAreRefusedEvenWhenTheChangeNeverReachedTheSocket() {
		var email = agents.create("Quietly Disabled", "AGENT");
		var agentId = agents.idOf(email);
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "Watched Customer");
		var chatId = api.post("/api/chat/initiate/" + agentId, customer, Map.of()).body().get("id").asString();
		var agentSocket = connect(agents.token(email));

		// Behind the application's back: no event, no broadcast; only the per-frame check can notice.
		jdbc.sql("UPDATE agent_account SET enabled = FALSE WHERE id = :id").param("id", agentId).update();
		// Once the cached verdict is stale, the next frame (or a push, whichever comes first) is judged anew.
		await().pollDelay(RIGHTS_CACHE_TTL_AND_A_LITTLE).until(() -> true);
		if (agentSocket.isOpen()) {
			agentSocket.send("send_message", Map.of("chatId", chatId, "text", "still here?", "clientMessageId",
					"q-" + UUID.randomUUID()));
		}
		assertRevoked(agentSocket, "account-disabled");

		var texts = api.get("/api/chat/" + chatId + "/messages", customer).body().findValuesAsString("text");
		assertThat(texts).doesNotContain("still here?");
	}

	@Test
	void aDemotedSupervisorsSocketIsClosed() {
		var email = agents.create("Demoted Supervisor", "AGENT", "SUPERVISOR");
		var agentId = agents.idOf(email);
		var socket = connect(agents.token(email));

		api.patch("/api/admin/agents/" + agentId, agents.adminToken(), Map.of("roles", List.of("AGENT")));

		assertRevoked(socket, "rights-changed");
	}

	@Test
	void movingAnAgentToAnotherTeamClosesTheirSocket() {
		var email = agents.createInTeam("Moved Agent", "payments", "AGENT");
		var socket = connect(agents.token(email));

		api.patch("/api/admin/agents/" + agents.idOf(email), agents.adminToken(), Map.of("teams", List.of("kyc")));

		assertRevoked(socket, "rights-changed");
	}

	@Test
	void aPasswordResetClosesTheAccountsOpenSockets() {
		var email = agents.create("Reset While Online", "AGENT");
		var socket = connect(agents.token(email));
		var supervisor = agents.token(agents.create("Resetting Supervisor", "AGENT", "SUPERVISOR"));

		assertThat(api.post("/api/team/accounts/" + agents.idOf(email) + "/reset-password", supervisor, Map.of())
				.status()).isEqualTo(200);

		assertRevoked(socket, "password-changed");
	}

	@Test
	void changingOnesPasswordClosesTheSocketsOfEarlierTokensButNotOfTheNewOne() {
		var email = agents.create("Changes Own Password", "AGENT");
		var token = agents.token(email);
		var oldSocket = connect(token);

		var changed = api.post("/api/auth/password", token, Map.of("currentPassword", AgentFixtures.PASSWORD,
				"newPassword", "a-brand-new-password"));

		assertRevoked(oldSocket, "password-changed");
		var newSocket = connect(changed.body().get("token").asString());
		assertThat(newSocket.drain("auth_failed", Duration.ofSeconds(1))).isEmpty();
		newSocket.send("{\"type\":\"ping\"}");
		newSocket.next("pong");
	}

	@Test
	void anAccountThatMustChooseItsPasswordOpensNoSocket() {
		var email = agents.create("Not Chosen Yet", "AGENT");
		var supervisor = agents.token(agents.create("Inviting Supervisor", "AGENT", "SUPERVISOR"));
		var oneTime = api.post("/api/team/accounts/" + agents.idOf(email) + "/reset-password", supervisor, Map.of())
				.body().get("oneTimePassword").asString();

		try (var socket = SocketClient.connect(api)) {
			socket.send("{\"type\":\"authenticate\",\"token\":\"" + api.agentToken(email, oneTime) + "\"}");
			assertThat(socket.next("auth_failed").get("payload").get("code").asString()).isEqualTo("invalid-token");
			assertThat(socket.closeCode()).isEqualTo(1008);
		}
	}

	@Test
	void renamingAnAgentLeavesTheirSocketOpen() {
		var email = agents.create("Renamed Agent", "AGENT");
		var socket = connect(agents.token(email));

		api.patch("/api/admin/agents/" + agents.idOf(email), agents.adminToken(), Map.of("name", "Renamed Again"));

		assertThat(socket.drain("auth_failed", Duration.ofSeconds(1))).isEmpty();
		socket.send("{\"type\":\"ping\"}");
		socket.next("pong");
		assertThat(socket.isOpen()).isTrue();
	}

	@Test
	void signingOutRevokesThatTokenEverywhereAndClosesOnlyItsSockets() {
		var email = agents.create("Two Devices", "AGENT");
		var laptop = agents.token(email);
		var phone = agents.token(email);
		var laptopSocket = connect(laptop);
		var phoneSocket = connect(phone);

		assertThat(api.post("/api/auth/logout", laptop, Map.of()).status()).isEqualTo(204);

		assertRevoked(laptopSocket, "signed-out");
		assertThat(api.get("/api/me", laptop).status()).isEqualTo(401);
		assertThat(api.get("/api/me", phone).status()).isEqualTo(200);
		phoneSocket.send("{\"type\":\"ping\"}");
		phoneSocket.next("pong");
		try (var again = SocketClient.connect(api)) {
			again.send("{\"type\":\"authenticate\",\"token\":\"" + laptop + "\"}");
			assertThat(again.next("auth_failed").get("payload").get("code").asString()).isEqualTo("invalid-token");
			assertThat(again.closeCode()).isEqualTo(1008);
		}
	}

	@Test
	void customersSignOutInTheAppNotHere() {
		var customer = api.customerToken("cust-" + UUID.randomUUID(), "App User");

		var response = api.post("/api/auth/logout", customer, Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().get("code").asString()).isEqualTo("not-signed-in-here");
	}

	@Test
	void aSocketClosesWhenItsTokenExpires() {
		var userId = "cust-" + UUID.randomUUID();
		var shortLived = tokens.forCustomer(userId, "Short Lived", Duration.ofSeconds(2));
		var socket = connect(shortLived.value());

		var closed = socket.next(f -> f.path("type").asString().equals("auth_failed"), "the expiry");

		assertThat(closed.get("payload").get("code").asString()).isEqualTo("token-expired");
		assertThat(socket.closeCode()).isEqualTo(1008);
	}

	@Test
	void reauthenticatingBeforeExpiryKeepsTheSocketOpen() {
		var userId = "cust-" + UUID.randomUUID();
		var socket = connect(tokens.forCustomer(userId, "Refreshing", Duration.ofSeconds(2)).value());

		socket.send("{\"type\":\"reauthenticate\",\"token\":\"" + api.customerToken(userId, "Refreshing") + "\"}");

		var reauthenticated = socket.next("reauthenticated");
		assertThat(reauthenticated.get("payload").get("userId").asString()).isEqualTo(userId);
		assertThat(socket.drain("auth_failed", Duration.ofSeconds(3))).isEmpty();
		socket.send("{\"type\":\"ping\"}");
		socket.next("pong");
	}

	@Test
	void reauthenticatingAsSomeoneElseIsRefusedAndTheSocketKeepsItsUser() {
		var userId = "cust-" + UUID.randomUUID();
		var socket = connect(api.customerToken(userId, "Me"));

		socket.send("{\"type\":\"reauthenticate\",\"token\":\"" + api.customerToken("cust-" + UUID.randomUUID(),
				"Someone Else") + "\"}");

		var error = socket.next("error");
		assertThat(error.get("payload").get("code").asString()).isEqualTo("other-user");
		socket.send("{\"type\":\"ping\"}");
		socket.next("pong");
	}

	@Test
	void anAgentWhoseTokenExpiredNoLongerCountsAsConnectedForRouting() {
		var email = agents.create("Expiring Agent", "AGENT");
		var agentId = agents.idOf(email);
		var account = directory.find(new AgentId(agentId)).orElseThrow();
		var socket = connect(tokens.forAgent(account, Duration.ofSeconds(2)).value());
		assertThat(connectedSockets(agentId)).isEqualTo(1);

		assertRevoked(socket, "token-expired");

		await().atMost(Duration.ofSeconds(5)).until(() -> connectedSockets(agentId) == 0);
	}

	/** What routing counts an agent as connected by, on every node. */
	private int connectedSockets(String agentId) {
		return jdbc.sql("SELECT COALESCE(SUM(sockets), 0) FROM agent_connection WHERE agent_id = :id")
				.param("id", agentId).query(Integer.class).single();
	}

	private SocketClient connect(String token) {
		var socket = SocketClient.authenticated(api, token);
		sockets.add(socket);
		return socket;
	}

	private static void assertRevoked(SocketClient socket, String code) {
		JsonNode frame = socket.next(f -> f.path("type").asString().equals("auth_failed"), "auth_failed " + code);
		assertThat(frame.get("payload").get("code").asString()).isEqualTo(code);
		assertThat(socket.closeCode()).isEqualTo(1008);
	}
}
