package app.zetpay.support.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The reports' arithmetic on a small data set whose answers are worked out by hand below, over the
 * week of Monday 3 to Sunday 9 March 2025 (IST). The data set has a team of its own, and every
 * request filters on it, so what other tests leave behind does not count.
 *
 * <pre>
 * chat  agent  bot  created (IST)   person asked  first answer  closed            cause
 * c0    A1     no   Sun 2 23:59     23:59         Mon 00:01     Mon 3 00:10       -      (opened before the week)
 * c1    A1     no   Mon 3 10:00     10:00         10:01 (60 s)  10:30 (1800 s)    -
 * c2    A1     no   Mon 3 23:50     23:50         23:52 (120 s) Tue 00:20 (1800 s) -      (closes the next IST day)
 * c3    A2     yes  Tue 4 05:20     05:25         05:30 (300 s) 06:20 (3600 s)    FAILED_PAYMENT (Mon 23:50 UTC)
 * c4    -      yes  Wed 5 12:00     -             -             12:05 (300 s)     -      (contained)
 * c5    -      yes  Wed 5 13:00     -             -             open (BOT)        -
 * c6    -      yes  Thu 6 09:00     09:02         -             open (QUEUED)     ASKED_FOR_PERSON
 * c7    A2     no   Fri 7 09:00     09:00         09:10 (600 s) open (ASSIGNED)   -
 * ticket source         agent created        first reply          resolved
 * t1     CUSTOMER       A1    Mon 3 11:00    11:30 (1800 s)       15:00 (14400 s)
 * t2     PAYMENT_EVENT  A2    Tue 4 10:00    12:00 (7200 s, late) -
 * t3     CHAT           -     Sat 8 10:00    -                    -
 * ratings: c1 5, c2 3, c3 4, t1 2 (all in the week)
 * presence: A1 ONLINE Sun 2 20:00–Mon 3 01:00 (1 h in the week), Mon 3 09:00–17:00 (8 h), AWAY 17:00–18:00,
 *           ONLINE Sun 9 22:00–Mon 10 02:00 (2 h in the week); A2 ONLINE from Fri 7 08:00, still on (64 h in the week)
 * </pre>
 */
@IntegrationTest
class ReportTests {

	private static final String WEEK = "from=2025-03-03&to=2025-03-09";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	AgentFixtures agents;
	String team;
	String supervisor;
	String a1;
	String a2;
	String c3;

	@BeforeEach
	void setUp() {
		agents = new AgentFixtures(api);
		team = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
		supervisor = agents.token(agents.create("Report Supervisor", "AGENT", "SUPERVISOR"));
		a1 = agents.idOf(agents.createInTeam("Asha Reports", team, "AGENT"));
		a2 = agents.idOf(agents.createInTeam("Vikram Reports", team, "AGENT"));
		var data = new ReportFixtures(jdbc, team);
		data.chat("CLOSED", a1, false, "2025-03-02T23:59", "2025-03-02T23:59", "2025-03-03T00:01", "2025-03-03T00:10", null);
		var c1 = data.chat("CLOSED", a1, false, "2025-03-03T10:00", "2025-03-03T10:00", "2025-03-03T10:01",
				"2025-03-03T10:30", null);
		var c2 = data.chat("CLOSED", a1, false, "2025-03-03T23:50", "2025-03-03T23:50", "2025-03-03T23:52",
				"2025-03-04T00:20", null);
		c3 = data.chat("CLOSED", a2, true, "2025-03-04T05:20", "2025-03-04T05:25", "2025-03-04T05:30", "2025-03-04T06:20",
				"FAILED_PAYMENT");
		data.chat("CLOSED", null, true, "2025-03-05T12:00", null, null, "2025-03-05T12:05", null);
		data.chat("BOT", null, true, "2025-03-05T13:00", null, null, null, null);
		data.chat("QUEUED", null, true, "2025-03-06T09:00", "2025-03-06T09:02", null, null, "ASKED_FOR_PERSON");
		data.chat("ASSIGNED", a2, false, "2025-03-07T09:00", "2025-03-07T09:00", "2025-03-07T09:10", null, null);
		var t1 = data.ticket("CUSTOMER", a1, "2025-03-03T11:00", "2025-03-03T11:30", "2025-03-03T15:00", false, false);
		data.ticket("PAYMENT_EVENT", a2, "2025-03-04T10:00", "2025-03-04T12:00", null, true, false);
		data.ticket("CHAT", null, "2025-03-08T10:00", null, null, false, false);
		data.rating("CHAT", c1, 5, "2025-03-03T10:31");
		data.rating("CHAT", c2, 3, "2025-03-04T00:25");
		data.rating("CHAT", c3, 4, "2025-03-04T06:30");
		data.rating("TICKET", t1, 2, "2025-03-03T15:10");
		data.presence(a1, "ONLINE", "2025-03-02T20:00", "2025-03-03T01:00");
		data.presence(a1, "ONLINE", "2025-03-03T09:00", "2025-03-03T17:00");
		data.presence(a1, "AWAY", "2025-03-03T17:00", "2025-03-03T18:00");
		data.presence(a1, "ONLINE", "2025-03-09T22:00", "2025-03-10T02:00");
		data.presence(a2, "ONLINE", "2025-03-07T08:00", null);
	}

	@Test
	void volumeCountsContactsOpenedAndClosedPerIstDay() {
		var volume = report("").get("volume");
		// Opened in the week: c1–c7 and t1–t3. Closed in it: c0 (opened the week before), c1, c2, c3, c4, t1.
		assertThat(volume.get("opened").asLong()).isEqualTo(10);
		assertThat(volume.get("closed").asLong()).isEqualTo(6);
		// Mon: c1, c2, t1 opened; c0, c1, t1 closed. Tue: c3 (Mon 23:50 UTC), t2 opened; c2 (00:20), c3 closed.
		// Wed: c4, c5 / c4. Thu: c6. Fri: c7. Sat: t3. Sun: nothing, still listed.
		assertThat(volume.get("days")).extracting(d -> d.get("day").asString(), d -> d.get("opened").asLong(),
				d -> d.get("closed").asLong())
			.containsExactly(tuple("2025-03-03", 3L, 3L), tuple("2025-03-04", 2L, 2L), tuple("2025-03-05", 2L, 1L),
					tuple("2025-03-06", 1L, 0L), tuple("2025-03-07", 1L, 0L), tuple("2025-03-08", 1L, 0L),
					tuple("2025-03-09", 0L, 0L));
	}

	@Test
	void firstResponseAndResolutionHaveInterpolatedMediansAndP90s() {
		var times = report("").get("times");
		// First responses of contacts opened in the week: 60, 120, 300, 600, 1800, 7200 (c1, c2, c3, c7, t1, t2).
		// Median at rank (6-1)*0.5 = 2.5: (300+600)/2 = 450. P90 at rank 4.5: 1800 + 0.5*(7200-1800) = 4500.
		assertStat(times.get("firstResponse"), 6, 450, 4500);
		// Resolutions of contacts closed in the week: 300, 660, 1800, 1800, 3600, 14400 (c4, c0, c1, c2, c3, t1).
		// Median at rank 2.5: 1800. P90 at rank 4.5: 3600 + 0.5*(14400-3600) = 9000.
		assertStat(times.get("resolution"), 6, 1800, 9000);
		var days = times.get("days");
		// Monday: first responses 60, 120, 1800: median 120, p90 at rank 1.8: 120 + 0.8*1680 = 1464.
		// Resolutions 660, 1800, 14400: median 1800, p90 at rank 1.8: 1800 + 0.8*12600 = 11880.
		assertStat(days.get(0).get("firstResponse"), 3, 120, 1464);
		assertStat(days.get(0).get("resolution"), 3, 1800, 11880);
		// Tuesday: first responses 300, 7200: median 3750, p90 300 + 0.9*6900 = 6510. Resolutions 1800, 3600:
		// median 2700, p90 1800 + 0.9*1800 = 3420.
		assertStat(days.get(1).get("firstResponse"), 2, 3750, 6510);
		assertStat(days.get(1).get("resolution"), 2, 2700, 3420);
		// Sunday: nothing measured.
		assertThat(days.get(6).get("firstResponse").get("count").asLong()).isZero();
		assertThat(days.get(6).get("firstResponse").get("median").isNull()).isTrue();
	}

	@Test
	void slaCountsTicketsMetBreachedAndPendingPerTarget() {
		var sla = report("").get("sla");
		// t1 answered and resolved in time; t2 answered late and not resolved; t3 neither yet.
		assertThat(sla.get("tickets").asLong()).isEqualTo(3);
		assertThat(List.of(sla.get("firstResponse").get("met").asLong(), sla.get("firstResponse").get("breached").asLong(),
				sla.get("firstResponse").get("pending").asLong())).containsExactly(1L, 1L, 1L);
		assertThat(List.of(sla.get("resolution").get("met").asLong(), sla.get("resolution").get("breached").asLong(),
				sla.get("resolution").get("pending").asLong())).containsExactly(1L, 0L, 2L);
	}

	@Test
	void csatHasTheAverageAndTheDistributionOfRatingsGivenInTheRange() {
		var csat = report("").get("csat");
		// 5 + 3 + 4 + 2 = 14 over 4 ratings.
		assertThat(csat.get("ratings").asLong()).isEqualTo(4);
		assertThat(csat.get("average").asDouble()).isEqualTo(3.5);
		assertThat(csat.get("distribution")).extracting(s -> s.get("count").asLong()).containsExactly(0L, 1L, 1L, 1L, 1L);
	}

	@Test
	void containmentIsBotChatsClosedWithoutAPersonOverAllTheBotTook() {
		var bot = report("").get("bot");
		// The bot took c3, c4, c5, c6; only c4 closed without a person asked for: 1/4.
		assertThat(bot.get("botTook").asLong()).isEqualTo(4);
		assertThat(bot.get("contained").asLong()).isEqualTo(1);
		assertThat(bot.get("containmentRate").asDouble()).isEqualTo(0.25);
		assertThat(bot.get("handovers")).extracting(h -> h.get("cause").asString(), h -> h.get("count").asLong())
			.containsExactly(tuple("ASKED_FOR_PERSON", 1L), tuple("FAILED_PAYMENT", 1L));
	}

	@Test
	void heatMapBucketsByIstWeekdayAndHourAcrossMidnightUtc() {
		var cells = report("").get("heatMap");
		assertThat(cells).hasSize(7 * 24);
		var busy = new ArrayList<String>();
		cells.forEach(c -> {
			if (c.get("opened").asLong() > 0) {
				busy.add(c.get("weekday").asInt() + "@" + c.get("hour").asInt() + "=" + c.get("opened").asLong());
			}
		});
		// c3 was opened Monday 23:50 UTC: Tuesday 05 in IST. c2 Monday 23:50 IST (18:20 UTC): Monday 23.
		assertThat(busy).containsExactly("1@10=1", "1@11=1", "1@23=1", "2@5=1", "2@10=1", "3@12=1", "3@13=1", "4@9=1",
				"5@9=1", "6@10=1");
	}

	@Test
	void agentTableHasHandledTimesRatingsAndTimeOnline() {
		var rows = report("").get("agents");
		assertThat(rows).extracting(r -> r.get("agentId").asString()).containsExactly(a1, a2);
		var asha = rows.get(0);
		// A1 opened c1, c2, t1 (first responses 60, 120, 1800: median 120); closed c0, c1, c2, t1 (660, 1800,
		// 1800, 14400: median 1800); rated 5, 3, 2 (3.33); online 1 h + 8 h + 2 h = 39600 s.
		assertThat(asha.get("name").asString()).isEqualTo("Asha Reports");
		assertThat(asha.get("handled").asLong()).isEqualTo(3);
		assertThat(asha.get("medianFirstResponse").asDouble()).isEqualTo(120);
		assertThat(asha.get("medianResolution").asDouble()).isEqualTo(1800);
		assertThat(asha.get("csatAverage").asDouble()).isEqualTo(3.33);
		assertThat(asha.get("ratings").asLong()).isEqualTo(3);
		assertThat(asha.get("secondsOnline").asLong()).isEqualTo(39_600);
		var vikram = rows.get(1);
		// A2 opened c3, c7, t2 (300, 600, 7200: median 600); closed c3 (3600); rated 4; online from Friday
		// 08:00 to the end of Sunday, 64 h = 230400 s.
		assertThat(vikram.get("handled").asLong()).isEqualTo(3);
		assertThat(vikram.get("medianFirstResponse").asDouble()).isEqualTo(600);
		assertThat(vikram.get("medianResolution").asDouble()).isEqualTo(3600);
		assertThat(vikram.get("csatAverage").asDouble()).isEqualTo(4);
		assertThat(vikram.get("secondsOnline").asLong()).isEqualTo(230_400);
	}

	@Test
	void filtersNarrowByChannelAgentAndDays() {
		// Chats only: c1–c7; no tickets, so no SLA.
		var chats = report("&channel=CHAT");
		assertThat(chats.get("volume").get("opened").asLong()).isEqualTo(7);
		assertThat(chats.get("sla").get("tickets").asLong()).isZero();
		// The payment incident t2 alone: no chats, so nothing for the bot.
		var incidents = report("&channel=PAYMENT_INCIDENT");
		assertThat(incidents.get("volume").get("opened").asLong()).isEqualTo(1);
		assertThat(incidents.get("bot").get("botTook").asLong()).isZero();
		assertThat(incidents.get("sla").get("firstResponse").get("breached").asLong()).isEqualTo(1);
		// A2's: c3, c7, t2.
		var vikram = report("&agentId=" + a2);
		assertThat(vikram.get("volume").get("opened").asLong()).isEqualTo(3);
		assertThat(vikram.get("agents")).extracting(r -> r.get("agentId").asString()).containsExactly(a2);
		// Tuesday alone: c3, t2.
		var tuesday = api.get("/api/reports?from=2025-03-04&to=2025-03-04&team=" + team, supervisor).body();
		assertThat(tuesday.get("volume").get("opened").asLong()).isEqualTo(2);
		assertThat(tuesday.get("volume").get("days")).hasSize(1);
	}

	@Test
	void csvTablesHaveAHeaderAndTheRowsOfTheJson() {
		var json = report("");
		var volume = api.get("/api/reports/volume.csv?" + WEEK + "&team=" + team, supervisor, "text/csv");
		assertThat(volume.status()).isEqualTo(200);
		assertThat(volume.contentType()).startsWith("text/csv");
		assertThat(volume.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"zetpay-volume-2025-03-03-to-2025-03-09.csv\"");
		var lines = volume.raw().body().split("\r\n");
		assertThat(lines[0]).isEqualTo("day,opened,closed");
		var expected = new ArrayList<String>();
		json.get("volume").get("days").forEach(d -> expected.add(d.get("day").asString() + "," + d.get("opened").asLong()
				+ "," + d.get("closed").asLong()));
		assertThat(List.of(lines).subList(1, lines.length)).containsExactlyElementsOf(expected);

		var agentsCsv = api.get("/api/reports/agents.csv?" + WEEK + "&team=" + team, supervisor, "text/csv").raw().body();
		assertThat(agentsCsv.split("\r\n")).containsExactly(
				"agent_id,name,handled,median_first_response_s,median_resolution_s,csat_average,ratings,seconds_online",
				a1 + ",Asha Reports,3,120,1800,3.33,3,39600", a2 + ",Vikram Reports,3,600,3600,4,1,230400");
		var times = api.get("/api/reports/response-times.csv?" + WEEK + "&team=" + team, supervisor, "text/csv")
				.raw().body().split("\r\n");
		assertThat(times[1]).isEqualTo("2025-03-03,3,120,1464,3,1800,11880");
		assertThat(times[7]).isEqualTo("2025-03-09,0,,,0,,");
		for (var table : List.of("sla", "csat", "bot", "handovers", "heatmap")) {
			var response = api.get("/api/reports/" + table + ".csv?" + WEEK + "&team=" + team, supervisor, "text/csv");
			assertThat(response.status()).as(table).isEqualTo(200);
		}
		assertThat(api.get("/api/reports/handovers.csv?" + WEEK + "&team=" + team, supervisor, "text/csv").raw().body())
			.isEqualTo("cause,count\r\nASKED_FOR_PERSON,1\r\nFAILED_PAYMENT,1\r\n");
	}

	@Test
	void onlySupervisorsAndAdminsSeeReports() {
		var agent = agents.token(agents.createInTeam("Report Agent", team, "AGENT"));
		assertThat(api.get("/api/reports?" + WEEK, agent).status()).isEqualTo(403);
		assertThat(api.get("/api/reports/volume.csv?" + WEEK, agent, "text/csv").status()).isEqualTo(403);
		assertThat(api.get("/api/reports?" + WEEK, supervisor).status()).isEqualTo(200);
		assertThat(api.get("/api/reports?" + WEEK, agents.adminToken()).status()).isEqualTo(200);
	}

	@Test
	void badFiltersAreProblems() {
		for (var query : List.of("from=yesterday", "from=2025-03-09&to=2025-03-03", "from=2024-01-01&to=2025-03-03",
				"channel=FAX", "team=" + "x".repeat(41))) {
			var response = api.get("/api/reports?" + query, supervisor);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).as(query).startsWith("application/problem+json");
		}
		assertThat(api.get("/api/reports/nothing.csv?" + WEEK, supervisor, "text/csv").status()).isEqualTo(404);
	}

	private JsonNode report(String extra) {
		var response = api.get("/api/reports?" + WEEK + "&team=" + team + extra, supervisor);
		assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
		return response.body();
	}

	private static void assertStat(JsonNode stat, long count, double median, double p90) {
		assertThat(stat.get("count").asLong()).isEqualTo(count);
		assertThat(stat.get("median").asDouble()).isEqualTo(median);
		assertThat(stat.get("p90").asDouble()).isEqualTo(p90);
	}
}
