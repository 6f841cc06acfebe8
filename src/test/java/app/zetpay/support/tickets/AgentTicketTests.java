package app.zetpay.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.tickets.internal.SlaMonitor;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;
import app.zetpay.support.testing.SocketClient;

import tools.jackson.databind.JsonNode;

/** The agent side of tickets: the state machine, assignment, audit, merge, SLA breaches. */
@IntegrationTest
class AgentTicketTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaMonitor slaMonitor;

	AgentFixtures agents;
	String customer;
	String supervisor;

	@BeforeEach
	void setUp() {
		agents = new AgentFixtures(api);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Farhan Ali");
		supervisor = agents.token(agents.create("Desk Supervisor", "AGENT", "SUPERVISOR"));
	}

	@Test
	void statusMovesFollowTheStateMachine() {
		var id = ticket("Card declined");

		assertThat(status(id, "IN_PROGRESS").status()).isEqualTo(200);
		assertThat(status(id, "WAITING_ON_CUSTOMER").status()).isEqualTo(200);
		var skip = status(id, "CLOSED");
		assertThat(skip.status()).isEqualTo(409);
		assertThat(skip.body().get("code").asString()).isEqualTo("invalid-transition");
		assertThat(status(id, "RESOLVED").status()).isEqualTo(200);
		assertThat(status(id, "CLOSED").status()).isEqualTo(200);
		assertThat(status(id, "OPEN").status()).isEqualTo(409);
		assertThat(status(id, "TELEPORTED").status()).isEqualTo(400);
	}

	@Test
	void everyChangeIsAuditedWithWhoAndWhen() {
		var id = ticket("Audit me");
		var assigneeEmail = agents.create("Assignee", "AGENT");
		var assigneeId = agents.idOf(assigneeEmail);

		api.post("/api/tickets/" + id + "/assign", supervisor, Map.of("assigneeId", assigneeId));
		api.patch("/api/tickets/" + id, supervisor, Map.of("priority", "HIGH", "tags", List.of("upi", "Refund")));
		status(id, "IN_PROGRESS");

		var history = api.get("/api/tickets/" + id, supervisor).body().get("history");
		assertThat(history.valueStream().map(h -> h.get("field").asString()))
				.containsExactly("status", "assignee", "priority", "tags", "status");
		assertThat(history.valueStream().map(h -> h.get("by").asString())).containsOnly("Farhan Ali",
				"Desk Supervisor");
		var assigned = history.get(1);
		assertThat(assigned.get("to").asString()).isEqualTo(assigneeId);
		assertThat(assigned.get("at").asString()).isNotBlank();
		var ticket = api.get("/api/tickets/" + id, supervisor).body();
		assertThat(ticket.get("tags").valueStream().map(JsonNode::asString)).containsExactly("refund", "upi");
		assertThat(ticket.get("priority").asString()).isEqualTo("HIGH");
	}

	@Test
	void agentsFindTicketsByFilters() {
		var id = ticket("Filter target");
		api.patch("/api/tickets/" + id, supervisor, Map.of("priority", "URGENT", "tags", List.of("filter-me")));

		var byTag = api.get("/api/tickets?tag=filter-me", supervisor).body();
		var byText = api.get("/api/tickets?q=filter%20target", supervisor).body();
		var byPriority = api.get("/api/tickets?priority=URGENT&status=OPEN", supervisor).body();

		assertThat(ids(byTag)).containsExactly(id);
		assertThat(ids(byText)).contains(id);
		assertThat(ids(byPriority)).contains(id);
		assertThat(api.get("/api/tickets?priority=SOMEDAY", supervisor).status()).isEqualTo(400);
		assertThat(api.get("/api/tickets", customer).status()).isEqualTo(403);
	}

	@Test
	void aTicketGoesOnlyToATeamWithAnEnabledAgentAndToAnEnabledAgent() {
		var id = ticket("Assign me carefully");
		var emptyTeam = "t" + UUID.randomUUID().toString().substring(0, 8);
		var disabled = agents.idOf(agents.createInTeam("Gone Agent", emptyTeam, "AGENT"));
		api.post("/api/admin/agents/" + disabled + "/disable", agents.adminToken(), Map.of());

		var toNobody = api.post("/api/tickets/" + id + "/assign", supervisor, Map.of("team", "nonexistent"));
		var toDisabledTeam = api.post("/api/tickets/" + id + "/assign", supervisor, Map.of("team", emptyTeam));
		var toDisabledAgent = api.post("/api/tickets/" + id + "/assign", supervisor, Map.of("assigneeId", disabled));
		var toUnknownAgent = api.post("/api/tickets/" + id + "/assign", supervisor,
				Map.of("assigneeId", "agt_" + UUID.randomUUID().toString().replace("-", "")));

		for (var refused : List.of(toNobody, toDisabledTeam, toDisabledAgent, toUnknownAgent)) {
			assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.body().get("code").asString()).isEqualTo("validation-failed");
		}
		assertThat(toNobody.body().get("errors").findValuesAsString("field")).containsExactly("team");
		assertThat(toDisabledAgent.body().get("errors").findValuesAsString("field")).containsExactly("assigneeId");
		var history = api.get("/api/tickets/" + id, supervisor).body().get("history");
		assertThat(history.valueStream().map(h -> h.get("field").asString())).containsExactly("status");
	}

	@Test
	void percentAndUnderscoreInTheSearchTextMatchOnlyThemselves() {
		var word = "w" + UUID.randomUUID().toString().substring(0, 8);
		var percent = ticket(word + " charged 100% extra");
		var digits = ticket(word + " charged 1000 extra");
		var underscore = ticket(word + " upi_ref missing");
		var letter = ticket(word + " upixref missing");

		var byPercent = ids(api.get("/api/tickets?size=100&q=" + word + "%20charged%20100%25", supervisor).body());
		var byUnderscore = ids(api.get("/api/tickets?size=100&q=" + word + "%20upi_ref", supervisor).body());

		assertThat(byPercent).contains(percent).doesNotContain(digits);
		assertThat(byUnderscore).contains(underscore).doesNotContain(letter);
	}

	@Test
	void anAgentListsOneCustomersTicketsWithinWhatTheyMaySee() {
		var customerId = "cust-" + UUID.randomUUID();
		var theirs = api.customerToken(customerId, "History Customer");
		var open = api.post("/api/support/tickets/create", theirs, Map.of("issueType", "Refund late", "description",
				"Refund late, please help")).body().get("id").asString();
		var elsewhere = api.post("/api/support/tickets/create", theirs, Map.of("issueType", "Card blocked",
				"description", "Card blocked, please help")).body().get("id").asString();
		api.post("/api/tickets/" + elsewhere + "/assign", supervisor, Map.of("team", "kyc"));
		var someoneElses = ticket("Not this customer");
		var agent = agents.token(agents.createInTeam("History Agent", "cards", "AGENT"));

		var found = api.get("/api/tickets?customerId=" + customerId, agent).body();

		assertThat(ids(found)).containsExactly(open).doesNotContain(someoneElses, elsewhere);
	}

	@Test
	void agentsSeeOnlyTheirOwnTheirTeamsAndUnassignedTickets() {
		var id = ticket("Team only");
		var outsider = agents.token(agents.createInTeam("Outsider", "cards", "AGENT"));
		var insider = agents.token(agents.createInTeam("Insider", "kyc", "AGENT"));
		api.post("/api/tickets/" + id + "/assign", supervisor, Map.of("team", "kyc"));

		assertThat(api.get("/api/tickets/" + id, outsider).status()).isEqualTo(404);
		assertThat(ids(api.get("/api/tickets?size=100", outsider).body())).doesNotContain(id);
		assertThat(api.get("/api/tickets/" + id, insider).status()).isEqualTo(200);
	}

	@Test
	void aDuplicateIsMergedIntoTheTicketThatStays() {
		var keep = ticket("Refund missing");
		var duplicate = ticket("Refund missing again");

		var merged = api.post("/api/tickets/" + duplicate + "/merge", supervisor, Map.of("intoTicketId", keep));

		assertThat(merged.status()).isEqualTo(200);
		var closed = api.get("/api/support/tickets/" + duplicate, customer).body();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("mergedInto").asString()).isEqualTo(keep);
		var notes = api.get("/api/tickets/" + keep, supervisor).body().get("thread");
		assertThat(notes.valueStream().map(n -> n.get("body").asString())).anyMatch(b -> b.contains("Merged"));
		var otherCustomer = api.customerToken("other-" + UUID.randomUUID(), "Other");
		var foreign = api.post("/api/support/tickets/create", otherCustomer,
				Map.of("issueType", "Other", "description", "x")).body().get("id").asString();
		assertThat(api.post("/api/tickets/" + keep + "/merge", supervisor, Map.of("intoTicketId", foreign)).status())
				.isEqualTo(409);
	}

	@Test
	void aMissedFirstResponseIsFlaggedOnceAndFiltered() {
		var id = ticket("Nobody answered");
		api.patch("/api/tickets/" + id, supervisor, Map.of("priority", "URGENT"));

		clock.advance(Duration.ofHours(1));
		var flagged = slaMonitor.check();
		var again = slaMonitor.check();

		assertThat(flagged).isGreaterThanOrEqualTo(1);
		assertThat(again).isZero();
		var ticket = api.get("/api/tickets/" + id, supervisor).body();
		assertThat(ticket.get("sla").get("firstResponseBreached").asBoolean()).isTrue();
		assertThat(ticket.get("history").valueStream().map(h -> h.path("to").asString()))
				.contains("FIRST_RESPONSE_BREACHED");
		assertThat(ids(api.get("/api/tickets?breached=true&size=100", supervisor).body())).contains(id);
	}

	@Test
	void aMissedTargetIsToldToTheAssigneeAndTheSupervisorsOnTheirSockets() {
		var id = ticket("Refund overdue");
		var agentEmail = agents.create("Overdue Agent", "AGENT");
		api.patch("/api/tickets/" + id, supervisor, Map.of("priority", "URGENT"));
		assertThat(api.post("/api/tickets/" + id + "/assign", supervisor, Map.of("assigneeId", agents.idOf(agentEmail)))
				.status()).isEqualTo(200);
		var bystander = agents.token(agents.create("Bystander", "AGENT"));
		try (var atSupervisor = SocketClient.authenticated(api, supervisor);
				var atAssignee = SocketClient.authenticated(api, agents.token(agentEmail));
				var atBystander = SocketClient.authenticated(api, bystander)) {
			clock.advance(Duration.ofHours(1));
			slaMonitor.check();

			for (var socket : List.of(atSupervisor, atAssignee)) {
				var alert = socket.next(f -> f.path("type").asString().equals("ticket_sla_breached")
						&& f.path("payload").path("ticketId").asString().equals(id), "the breach of " + id);
				assertThat(alert.get("payload").get("target").asString()).isEqualTo("FIRST_RESPONSE");
				assertThat(alert.get("payload").get("number").asString()).isNotBlank();
			}
			assertThat(atBystander.drain("ticket_sla_breached", Duration.ofMillis(500)))
					.noneMatch(f -> f.path("payload").path("ticketId").asString().equals(id));
		}
	}

	@Test
	void waitingOnTheCustomerPausesTheResolutionClock() {
		var id = ticket("Need documents");
		api.patch("/api/tickets/" + id, supervisor, Map.of("priority", "URGENT"));
		var due = java.time.Instant.parse(api.get("/api/tickets/" + id, supervisor).body().get("sla")
				.get("resolutionDue").asString());
		status(id, "WAITING_ON_CUSTOMER");
		assertThat(api.get("/api/tickets/" + id, supervisor).body().get("sla").get("paused").asBoolean()).isTrue();

		clock.advance(Duration.ofHours(2));
		api.post("/api/support/tickets/" + id + "/reply", customer, Map.of("message", "Here are my documents"));

		var after = api.get("/api/tickets/" + id, supervisor).body();
		assertThat(after.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(after.get("sla").get("paused").asBoolean()).isFalse();
		assertThat(java.time.Instant.parse(after.get("sla").get("resolutionDue").asString()))
				.isAfterOrEqualTo(due.plus(Duration.ofHours(2)).minusSeconds(1));
	}

	@Test
	void anAgentCanEscalateAChatIntoATicket() {
		var agentEmail = agents.create("Escalator", "AGENT");
		var chatId = agents.directChat(customer, agentEmail);
		api.post("/api/chat/" + chatId + "/messages", customer, Map.of("text", "Account frozen after KYC"));

		var ticket = api.post("/api/tickets/from-chat/" + chatId, agents.token(agentEmail),
				Map.of("issueType", "Account frozen", "priority", "URGENT"));

		assertThat(ticket.status()).isEqualTo(201);
		assertThat(ticket.body().get("priority").asString()).isEqualTo("URGENT");
		assertThat(ticket.body().get("source").asString()).isEqualTo("CHAT");
		assertThat(ticket.body().get("description").asString()).contains("Account frozen after KYC");
		assertThat(api.post("/api/tickets/from-chat/" + chatId, agents.token(agents.createInTeam("No Access", "kyc",
				"AGENT")), Map.of()).status()).isEqualTo(404);
	}

	@Test
	void aTicketCanBeLinkedToTheCustomersChatOnly() {
		var id = ticket("Linked");
		var agentEmail = agents.create("Linker", "AGENT");
		var chatId = agents.directChat(customer, agentEmail);
		var otherCustomer = api.customerToken("other-" + UUID.randomUUID(), "Other");
		var otherChat = agents.directChat(otherCustomer, agentEmail);

		var linked = api.post("/api/tickets/" + id + "/link-chat", supervisor, Map.of("chatId", chatId));
		var foreign = api.post("/api/tickets/" + id + "/link-chat", supervisor, Map.of("chatId", otherChat));

		assertThat(linked.status()).isEqualTo(200);
		assertThat(linked.body().get("chatId").asString()).isEqualTo(chatId);
		assertThat(foreign.status()).isEqualTo(409);
	}

	private String ticket(String issue) {
		return api.post("/api/support/tickets/create", customer, Map.of("issueType", issue, "description",
				issue + ", please help")).body().get("id").asString();
	}

	private Api.Response status(String id, String status) {
		return api.post("/api/tickets/" + id + "/status", supervisor, Map.of("status", status));
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map(t -> t.get("id").asString()).toList();
	}

}
