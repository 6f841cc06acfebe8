package app.zetpay.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * The agents' ticket list: its orders, the "due soon" filter and paging. Each test tags its own
 * tickets and lists by that tag, so tickets other tests leave behind do not get in the way.
 */
@IntegrationTest
class AgentTicketListTests {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	AgentFixtures agents;
	String customer;
	String supervisor;
	String tag;

	@BeforeEach
	void setUp() {
		agents = new AgentFixtures(api);
		customer = api.customerToken("cust-" + UUID.randomUUID(), "Meera Iyer");
		supervisor = agents.token(agents.create("List Supervisor", "AGENT", "SUPERVISOR"));
		tag = "list-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void ticketsSortByPriorityCreatedUpdatedAndSlaDue() {
		var low = ticket("Low one", "LOW");
		var urgent = ticket("Urgent one", "URGENT");
		var high = ticket("High one", "HIGH");
		var resolved = ticket("Resolved one", "MEDIUM");
		status(resolved, "IN_PROGRESS");
		status(resolved, "RESOLVED");
		api.post("/api/support/tickets/" + low + "/reply", customer, Map.of("message", "Any news?"));

		assertThat(list("sort=PRIORITY")).containsExactly(urgent, high, resolved, low);
		assertThat(list("sort=PRIORITY&direction=ASC")).containsExactly(low, resolved, high, urgent);
		assertThat(list("sort=CREATED")).containsExactly(resolved, high, urgent, low);
		assertThat(list("sort=CREATED&direction=ASC")).containsExactly(low, urgent, high, resolved);
		assertThat(list("sort=UPDATED")).containsExactly(low, resolved, high, urgent);
		// Urgent's first response is due in 30 minutes around the clock; the others count support
		// hours (1 h for high, 9 h for low). A resolved ticket has no running target: last either way.
		assertThat(list("sort=SLA_DUE")).containsExactly(urgent, high, low, resolved);
		assertThat(list("sort=SLA_DUE&direction=DESC")).containsExactly(low, high, urgent, resolved);
		assertThat(list("")).containsExactly(resolved, high, urgent, low);
	}

	@Test
	void dueSoonListsActiveTicketsWhoseNextTargetIsWithinTheWindowAndNotYetPassed() {
		var urgent = ticket("Urgent soon", "URGENT");
		var low = ticket("Low later", "LOW");
		var waiting = ticket("Waiting urgent", "URGENT");
		status(waiting, "WAITING_ON_CUSTOMER");

		var page = api.get("/api/tickets?tag=" + tag + "&dueSoon=true", supervisor).body();
		assertThat(ids(page)).containsExactly(urgent);
		assertThat(page.get("dueSoonMinutes").asLong()).isEqualTo(60);
		assertThat(list("")).contains(low);

		clock.advance(Duration.ofMinutes(31));
		assertThat(list("dueSoon=true")).isEmpty();
	}

	@Test
	void pagesSplitTheSortedListWithoutGapsOrRepeats() {
		var a = ticket("Page a", "LOW");
		var b = ticket("Page b", "HIGH");
		var c = ticket("Page c", "URGENT");

		var first = api.get("/api/tickets?tag=" + tag + "&sort=PRIORITY&size=2&page=0", supervisor).body();
		var second = api.get("/api/tickets?tag=" + tag + "&sort=PRIORITY&size=2&page=1", supervisor).body();

		assertThat(ids(first)).containsExactly(c, b);
		assertThat(ids(second)).containsExactly(a);
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(second.get("total").asLong()).isEqualTo(3);
	}

	@Test
	void dueSoonAndSortingKeepToWhatTheCallerMaySee() {
		var outsider = agents.token(agents.createInTeam("Cards Agent", "cards", "AGENT"));
		var insider = agents.token(agents.createInTeam("Kyc Agent", "kyc", "AGENT"));
		var kycTicket = ticket("Team kyc urgent", "URGENT");
		assertThat(api.post("/api/tickets/" + kycTicket + "/assign", supervisor, Map.of("team", "kyc")).status())
				.isEqualTo(200);

		assertThat(ids(api.get("/api/tickets?tag=" + tag + "&dueSoon=true&sort=SLA_DUE", outsider).body())).isEmpty();
		assertThat(ids(api.get("/api/tickets?tag=" + tag + "&dueSoon=true&sort=SLA_DUE", insider).body()))
				.containsExactly(kycTicket);
		assertThat(api.get("/api/tickets?dueSoon=true", customer).status()).isEqualTo(403);
		assertThat(api.get("/api/support/tickets?sort=PRIORITY", customer).status()).isEqualTo(200);
	}

	@Test
	void anUnknownOrderIsABadRequest() {
		var bySomething = api.get("/api/tickets?sort=MOOD", supervisor);
		var sideways = api.get("/api/tickets?sort=CREATED&direction=SIDEWAYS", supervisor);

		for (var refused : List.of(bySomething, sideways)) {
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
	}

	private List<String> list(String query) {
		return ids(api.get("/api/tickets?size=100&tag=" + tag + (query.isEmpty() ? "" : "&" + query), supervisor)
				.body());
	}

	private String ticket(String issue, String priority) {
		var id = api.post("/api/support/tickets/create", customer, Map.of("issueType", issue, "description",
				issue + ", please help")).body().get("id").asString();
		assertThat(api.patch("/api/tickets/" + id, supervisor, Map.of("priority", priority, "tags", List.of(tag)))
				.status()).isEqualTo(200);
		return id;
	}

	private void status(String id, String status) {
		assertThat(api.post("/api/tickets/" + id + "/status", supervisor, Map.of("status", status)).status())
				.isEqualTo(200);
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map(t -> t.get("id").asString()).toList();
	}
}
