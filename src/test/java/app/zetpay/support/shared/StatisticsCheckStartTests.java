package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.IntegrationTest;

/** The start-up check against the database the tests run on (H2, or PostgreSQL with -Ppostgres). */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StatisticsCheckStartTests {

	@Autowired
	StatisticsCheck check;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void warnsExactlyWhenThisDatabaseIsAPostgresThatNeverAnalyses(CapturedOutput output) {
		check.check();

		var neverAnalyses = "PostgreSQL".equals(Sql.product(dataSource))
				&& "off".equals(jdbc.sql("SHOW autovacuum").query(String.class).single());
		if (neverAnalyses) {
			assertThat(output.getOut()).contains("PostgreSQL runs with autovacuum off");
		}
		else {
			assertThat(output.getOut()).doesNotContain("autovacuum off");
		}
	}
}
