package app.zetpay.support.liveview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/** The supervisors' live view: the snapshot, and the coalesced live_view frames that follow it. */
@IntegrationTest
class LiveViewTests {

	@Autowired
	Api api;

	AgentFixtures agents;
	String supervisorEmail;
	final List<String[]> chats = new ArrayList<>();
	final List<SocketClient> sockets = new ArrayList<>();

	@BeforeEach
	void setUp() {
		agents = new AgentFixtures(api);
		supervisorEmail = agents.create("Live Lead", "SUPERVISOR");
	}

	@AfterEach
	void cleanUp() {
		chats.forEach(chat -> api.post("/api/chat/" + chat[0] + "/close", chat[1], Map.of()));
		sockets.forEach(SocketClient::close);
	}

	@Test
	void aCustomerJoiningTheQueueReachesTheSupervisorAsALiveViewFrame() {
		var supervisor = agents.token(supervisorEmail);
		var socket = connect(supervisor);
		// A customer's chat waits for any agent (teams come with a transfer or the bot's handover).
		var before = card(api.get("/api/team/live", supervisor).body(), null).get("queued").asInt();

		var customer = api.customerToken("live-" + UUID.randomUUID(), "Queued Customer");
		chats.add(new String[] { api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id")
				.asString(), customer });

		var frame = socket.next(f -> f.path("type").asString().equals("live_view")
				&& card(f.get("payload"), null).get("queued").asInt() == before + 1,
				"a live_view frame with the chat queued");
		assertThat(card(frame.get("payload"), null).get("longestWaitingSince").asString()).isNotBlank();
	}

	@Test
	void aTeamCreatedBeforeItsMembersHasItsOwnCard() {
		var supervisor = agents.token(supervisorEmail);
		var team = "live-" + UUID.randomUUID().toString().substring(0, 8);
		api.post("/api/team/teams", supervisor, Map.of("name", team, "displayName", "Live Team"));

		var card = card(api.get("/api/team/live", supervisor).body(), team);

		assertThat(card.get("displayName").asString()).isEqualTo("Live Team");
		assertThat(card.get("queued").asInt()).isZero();
		assertThat(card.get("agents").isEmpty()).isTrue();
	}

	@Test
	void aBurstOfChangesMakesFewFramesNotOneEach() {
		var socket = connect(agents.token(supervisorEmail));
		socket.drain("live_view", Duration.ofMillis(1500));

		for (int i = 0; i < 6; i++) {
			var customer = api.customerToken("burst-" + UUID.randomUUID(), "Burst " + i);
			chats.add(new String[] { api.post("/api/chat/initiate/support", customer, Map.of()).body().get("id")
					.asString(), customer });
		}

		var frames = socket.drain("live_view", Duration.ofMillis(2500));
		assertThat(frames).isNotEmpty().hasSizeLessThanOrEqualTo(4);
	}

	@Test
	void agentsShowTheirStatusAndLoadInTheirTeamsCard() {
		var supervisor = agents.token(supervisorEmail);
		var team = "desk-" + UUID.randomUUID().toString().substring(0, 8);
		var email = agents.createInTeam("Away Agent", team, "AGENT");
		var offline = agents.createInTeam("Offline Agent", team, "AGENT");
		connect(agents.token(email));
		agents.availability(email, "AWAY");

		await().untilAsserted(() -> {
			var members = card(api.get("/api/team/live", supervisor).body(), team).get("agents");
			assertThat(members.valueStream().map(a -> a.get("name").asString() + ":" + a.get("status").asString()
					+ ":" + a.get("active").asInt() + "/" + a.get("capacity").asInt()))
					.containsExactlyInAnyOrder("Away Agent:AWAY:0/5", "Offline Agent:OFFLINE:0/5");
		});
		assertThat(offline).isNotBlank();
	}

	@Test
	void ticketsDueSoonAreListedAsNearBreach() {
		var customer = api.customerToken("due-" + UUID.randomUUID(), "Due Customer");
		var ticket = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Refund",
				"description", "due soon", "priority", "HIGH")).body();
		var supervisor = agents.token(supervisorEmail);
		// HIGH is due within an hour of business time: listed when created in business hours.
		var due = java.time.Instant.parse(ticket.get("sla").get("firstResponseDue").asString());
		var view = api.get("/api/team/live", supervisor).body();
		var listed = view.get("dueTickets").valueStream()
				.anyMatch(t -> t.get("ticketId").asString().equals(ticket.get("id").asString()));
		var dueSoon = Duration.ofSeconds(view.get("dueSoonSeconds").asLong());
		assertThat(listed).isEqualTo(due.isBefore(java.time.Instant.parse(view.get("at").asString()).plus(dueSoon)));
	}

	private SocketClient connect(String token) {
		var socket = SocketClient.authenticated(api, token);
		sockets.add(socket);
		return socket;
	}

	/** A team's card; null for the chats any agent may take. */
	private static JsonNode card(JsonNode view, @Nullable String team) {
		return view.get("teams").valueStream()
				.filter(c -> team == null ? c.path("team").isNull() : team.equals(c.path("team").asString()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no card for " + team + " in " + view));
	}
}
