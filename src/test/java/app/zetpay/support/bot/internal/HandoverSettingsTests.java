package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * The handover rules admins change through the API: stored, validated, applied at once by the node that
 * saved them and by every other node at its next poll.
 */
@IntegrationTest
class HandoverSettingsTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	HandoverSettings settings;

	String admin;
	Map<String, Object> before;

	@BeforeEach
	void remember() {
		admin = new AgentFixtures(api).adminToken();
		var rules = api.get("/api/admin/bot/handover-rules", admin).body();
		before = new HashMap<>();
		before.put("confidence", rules.get("confidence").asDouble());
		before.put("misunderstandings", rules.get("misunderstandings").asInt());
		before.put("upsetCustomer", rules.get("upsetCustomer").asBoolean());
		before.put("urgentTeam", rules.path("urgentTeam").isNull() ? null : rules.path("urgentTeam").asString(null));
	}

	@AfterEach
	void restore() {
		put(before);
	}

	@Test
	void aChangeIsStoredAndAnotherNodeReadsItFromTheDatabase() {
		var saved = put(Map.of("confidence", 0.35, "misunderstandings", 3, "upsetCustomer", false, "urgentTeam",
				" fraud-desk "));

		assertThat(saved.status()).isEqualTo(200);
		var read = api.get("/api/admin/bot/handover-rules", admin).body();
		assertThat(read.get("confidence").asDouble()).isEqualTo(0.35);
		assertThat(read.get("misunderstandings").asInt()).isEqualTo(3);
		assertThat(read.get("upsetCustomer").asBoolean()).isFalse();
		assertThat(read.get("urgentTeam").asString()).isEqualTo("fraud-desk");
		assertThat(read.get("updatedBy").asString()).isNotBlank();
		// Another node: its own bean, other properties, the same database. It holds nothing in memory.
		var otherNode = new HandoverSettings(jdbc, new BotProperties(false, 0.9, "elsewhere"), clock);
		assertThat(otherNode.current()).extracting(HandoverRules::confidence, HandoverRules::misunderstandings,
				HandoverRules::upsetCustomer, HandoverRules::urgentTeam).containsExactly(0.35, 3, false, "fraud-desk");
		assertThat(otherNode.current().enoughMisunderstood(2)).isFalse();
		assertThat(otherNode.current().enoughMisunderstood(3)).isTrue();
		assertThat(otherNode.current().before("This is the WORST app, you people are useless cheats!!!")).isEmpty();
	}

	@Test
	void anEditTakesEffectHereAtOnceAndFromAnotherNodeAtTheNextPoll() {
		put(Map.of("confidence", 0.4, "misunderstandings", 2, "upsetCustomer", true));

		assertThat(settings.current()).extracting(HandoverRules::confidence, HandoverRules::misunderstandings)
				.containsExactly(0.4, 2);

		// Another node saves: its own bean, the same database; this node's memory catches up by polling.
		var otherNode = new HandoverSettings(jdbc, new BotProperties(false, 0.9, "elsewhere"), clock);
		otherNode.save(new HandoverSettings.Change(0.25, 4, false, "fraud-desk"), "admin-on-another-node");

		await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> assertThat(settings.current())
				.extracting(HandoverRules::confidence, HandoverRules::misunderstandings, HandoverRules::urgentTeam)
				.containsExactly(0.25, 4, "fraud-desk"));
		assertThat(settings.current().enoughMisunderstood(3)).isFalse();
	}

	@Test
	void rulesOutOfRangeAreRefusedAndOnlyAdminsMayChangeThem() {
		var tooSure = put(Map.of("confidence", 1.5, "misunderstandings", 2, "upsetCustomer", true));
		var never = put(Map.of("confidence", 0.5, "misunderstandings", 0, "upsetCustomer", true));
		var agent = new AgentFixtures(api).create("Arjun Mehta", "AGENT", "SUPERVISOR");
		var bySupervisor = api.send("PUT", "/api/admin/bot/handover-rules", new AgentFixtures(api).token(agent),
				"application/json", java.net.http.HttpRequest.BodyPublishers.ofString(
						"{\"confidence\":0.1,\"misunderstandings\":1,\"upsetCustomer\":false}"));

		assertThat(tooSure.status()).isEqualTo(400);
		assertThat(tooSure.body().toString()).contains("confidence");
		assertThat(never.status()).isEqualTo(400);
		assertThat(never.body().toString()).contains("misunderstandings");
		assertThat(bySupervisor.status()).isEqualTo(403);
		assertThat(api.get("/api/admin/bot/handover-rules", admin).body().get("confidence").asDouble())
				.isEqualTo((double) before.get("confidence"));
	}

	private Api.Response put(Map<String, Object> rules) {
		return api.send("PUT", "/api/admin/bot/handover-rules", admin, "application/json",
				java.net.http.HttpRequest.BodyPublishers.ofString(api.json().writeValueAsString(rules)));
	}
}
