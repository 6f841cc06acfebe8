package app.zetpay.support.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.testing.IntegrationTest;

/** The demo week: a closed week of traffic for the demo agents, generated once however often started. */
@IntegrationTest
@Tag("embedded-only")
class DemoWeekTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Reports reports;

	@Test
	void aSecondStartAddsNothingAndTheReportsShowTheWeek() {
		var demo = new DemoWeek(dataSource, jdbc, clock);
		demo.generate();
		var chats = generatedChats();
		var tickets = count("ticket");
		demo.generate();

		assertThat(chats).isGreaterThan(200);
		assertThat(generatedChats()).isEqualTo(chats);
		assertThat(count("ticket")).isEqualTo(tickets);
		// Every generated chat is closed, so the live queue and routing never meet them.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation WHERE customer_id LIKE 'demo-week-%' AND status <> 'CLOSED'")
				.query(Long.class).single()).isZero();
		// The chat module reads these rows back (the closed tab, search): an id it cannot parse was a 500 there.
		assertThat(jdbc.sql("SELECT id FROM conversation WHERE customer_id LIKE 'demo-week-%'").query(String.class).list())
			.allMatch(ConversationId::isValid);
		var today = LocalDate.ofInstant(clock.instant(), ReportFilter.IST);
		var week = reports.all(new ReportFilter(today.minusDays(6), today, null, null, null));
		assertThat(week.volume().opened()).isGreaterThanOrEqualTo(chats);
		assertThat(week.bot().handovers()).isNotEmpty();
		assertThat(week.csat().ratings()).isPositive();
		assertThat(week.agents()).extracting(Report.AgentRow::name).contains("Asha Rao", "Vikram Singh");
	}

	private long generatedChats() {
		return jdbc.sql("SELECT COUNT(*) FROM conversation WHERE customer_id LIKE 'demo-week-%'").query(Long.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id LIKE 'demo-week-%'").query(Long.class).single();
	}
}
