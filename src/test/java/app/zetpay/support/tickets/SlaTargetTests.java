package app.zetpay.support.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** SLA targets edited in the admin console: stored, validated, applied to tickets created after. */
@IntegrationTest
class SlaTargetTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	AgentFixtures agents;
	String admin;

	@BeforeEach
	void setUp() {
		agents = new AgentFixtures(api);
		admin = agents.adminToken();
	}

	@AfterEach
	void backToTheConfiguredTargets() {
		jdbc.sql("DELETE FROM sla_target").update();
	}

	@Test
	void aChangedTargetAppliesToTicketsCreatedAfterIt() {
		var customer = api.customerToken("sla-" + UUID.randomUUID(), "Sla Customer");
		var before = ticket(customer);

		var saved = api.send("PUT", "/api/admin/sla-targets/HIGH", admin, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString(
						"{\"firstResponseMinutes\":15,\"resolutionMinutes\":120,\"aroundTheClock\":true}"));

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("customised").asBoolean()).isTrue();
		var after = ticket(customer);
		var created = Instant.parse(after.get("createdAt").asString());
		assertThat(Duration.between(created, Instant.parse(after.get("sla").get("firstResponseDue").asString())))
				.isEqualTo(Duration.ofMinutes(15));
		assertThat(Duration.between(created, Instant.parse(after.get("sla").get("resolutionDue").asString())))
				.isEqualTo(Duration.ofMinutes(120));
		assertThat(Duration.between(Instant.parse(before.get("createdAt").asString()),
				Instant.parse(before.get("sla").get("firstResponseDue").asString())))
				.as("tickets already open keep their due times").isNotEqualTo(Duration.ofMinutes(15));
		var listed = api.get("/api/team/sla-targets", admin).body().valueStream()
				.filter(t -> t.get("priority").asString().equals("HIGH")).findFirst().orElseThrow();
		assertThat(listed.get("firstResponseMinutes").asLong()).isEqualTo(15);
	}

	@Test
	void targetsThatMakeNoSenseAreBadRequestsNamingTheField() {
		assertInvalid("{\"firstResponseMinutes\":60,\"resolutionMinutes\":30}", "resolution");
		assertInvalid("{\"firstResponseMinutes\":0,\"resolutionMinutes\":30}", "firstResponse");
		assertInvalid("{\"firstResponseMinutes\":60,\"resolutionMinutes\":999999}", "resolution");
		assertInvalid("{\"firstResponseMinutes\":60}", "resolutionMinutes");
	}

	@Test
	void supervisorsReadTargetsAndOnlyAdminsChangeThem() {
		var supervisor = agents.token(agents.create("Sla Lead", "AGENT", "SUPERVISOR"));

		var targets = api.get("/api/team/sla-targets", supervisor);

		assertThat(targets.status()).isEqualTo(200);
		assertThat(targets.body().valueStream().map(t -> t.get("priority").asString()))
				.containsExactly("LOW", "MEDIUM", "HIGH", "URGENT");
		assertThat(put("HIGH", supervisor, "{\"firstResponseMinutes\":5,\"resolutionMinutes\":10}").status())
				.isEqualTo(403);
	}

	private void assertInvalid(String body, String field) {
		var response = put("MEDIUM", admin, body);
		assertThat(response.status()).as(body).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.raw().body()).contains(field);
	}

	private Api.Response put(String priority, String token, String body) {
		return api.send("PUT", "/api/admin/sla-targets/" + priority, token, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString(body));
	}

	private JsonNode ticket(String customer) {
		var created = api.post("/api/support/tickets/create", customer, Map.of("issueType", "Refund",
				"description", "SLA target test", "priority", "HIGH"));
		assertThat(created.status()).isEqualTo(201);
		return created.body();
	}
}
