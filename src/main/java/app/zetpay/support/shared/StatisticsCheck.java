package app.zetpay.support.shared;

import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start when PostgreSQL will never gather statistics on our tables by itself. The chat's
 * hot statements are prepared once per connection and keep the plan PostgreSQL chose for them; on
 * a table that was never analysed that plan is a sequential scan, chosen while the table was small,
 * and it stays one however far the table grows. With autovacuum off nothing analyses the tables, so
 * every idempotency lookup and row lock read whole tables: on a fresh database the message path's
 * p99 went from 23 ms to 80–350 ms at 1,000 msg/s (issue 18, docs/benchmarks.md). H2 needs nothing.
 */
@Component
class StatisticsCheck {

	private static final Logger log = LoggerFactory.getLogger(StatisticsCheck.class);

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	StatisticsCheck(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		try {
			if (!"PostgreSQL".equals(Sql.product(dataSource))) {
				return;
			}
			warning(jdbc.sql("SHOW autovacuum").query(String.class).single()).ifPresent(log::warn);
		}
		catch (DataAccessException | IllegalStateException e) {
			// Advice only: a database that cannot answer this will say so elsewhere, and louder.
			log.debug("Could not read PostgreSQL's autovacuum setting", e);
		}
	}

	/** What to tell the operator about PostgreSQL's {@code autovacuum} setting, if anything. */
	static Optional<String> warning(@Nullable String autovacuum) {
		if (autovacuum == null || !"off".equalsIgnoreCase(autovacuum.strip())) {
			return Optional.empty();
		}
		return Optional.of("PostgreSQL runs with autovacuum off: our tables' statistics are never gathered, and the "
				+ "chat's statements keep plans made while the tables were small (whole-table scans on every message). "
				+ "Turn autovacuum on, or run ANALYZE on this database regularly.");
	}
}
