package app.zetpay.support.reports.internal;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code support.demo.week=true} (off by default): a week of generated support traffic for the
 * demo agents (asha@ and vikram@demo.zetpay.app), so the reports have something to show. Every
 * generated chat is closed, so the live queue, routing and bot never meet them. Once: a later start
 * finds the week's rows and adds nothing. After the accounts are bootstrapped (application ready).
 */
@Component
@ConditionalOnProperty(name = "support.demo.week", havingValue = "true")
class DemoWeek {

	static final String PREFIX = "demo-week-";
	private static final Logger log = LoggerFactory.getLogger(DemoWeek.class);

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Clock clock;

	DemoWeek(DataSource dataSource, JdbcClient jdbc, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void generate() {
		var generator = new ReportDataGenerator(dataSource);
		if (generator.alreadyGenerated(PREFIX)) {
			log.info("Demo week: already generated");
			return;
		}
		var agents = jdbc.sql("""
				SELECT a.id, a.display_name, MIN(t.team) AS team FROM agent_account a JOIN agent_team t ON t.agent_id = a.id
				WHERE a.email IN ('asha@demo.zetpay.app', 'vikram@demo.zetpay.app') GROUP BY a.id, a.display_name
				ORDER BY a.id""")
				.query((rs, n) -> new ReportDataGenerator.Agent(rs.getString(1), rs.getString(2), rs.getString(3)))
				.list();
		if (agents.isEmpty()) {
			log.warn("Demo week: no demo agents (support.identity.demo-agents.enabled=false?), nothing generated");
			return;
		}
		// The seven days up to today (IST), "now" being now: today's chats end by now.
		var today = LocalDate.ofInstant(clock.instant(), ReportFilter.IST);
		var generated = generator.generate(new ReportDataGenerator.Plan(PREFIX, today.minusDays(6), today, 350, 8,
				agents, clock.instant(), 2026, false));
		log.info("Demo week: generated {}", generated);
	}
}
