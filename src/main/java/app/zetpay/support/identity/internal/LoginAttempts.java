package app.zetpay.support.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import app.zetpay.support.shared.Sql;

/** The sign-in attempt log that lockout and per-address throttling are computed from. */
@Repository
class LoginAttempts {

	private final JdbcClient jdbc;

	LoginAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String email, String clientIp, boolean succeeded, Instant at) {
		jdbc.sql("""
				INSERT INTO login_attempt (email, client_ip, succeeded, attempted_at)
				VALUES (:email, :ip, :succeeded, :at)""")
				.param("email", email)
				.param("ip", clientIp)
				.param("succeeded", succeeded)
				.param("at", Sql.utc(at))
				.update();
	}

	/** Failures for this email after {@code since} and after its last success: a run of failures. */
	FailureRun failuresInARow(String email, Instant since) {
		var lastSuccess = jdbc.sql("""
				SELECT MAX(attempted_at) FROM login_attempt WHERE email = :email AND succeeded = TRUE""")
				.param("email", email)
				.query(OffsetDateTime.class).optional()
				.map(OffsetDateTime::toInstant);
		var from = lastSuccess.filter(success -> success.isAfter(since)).orElse(since);
		return jdbc.sql("""
				SELECT COUNT(*) AS failures, MAX(attempted_at) AS latest FROM login_attempt
				WHERE email = :email AND succeeded = FALSE AND attempted_at > :from""")
				.param("email", email)
				.param("from", Sql.utc(from))
				.query((rs, n) -> new FailureRun(rs.getInt("failures"),
						Optional.ofNullable(rs.getObject("latest", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
				.single();
	}

	int failuresFromAddress(String clientIp, Instant since) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM login_attempt
				WHERE client_ip = :ip AND succeeded = FALSE AND attempted_at > :since""")
				.param("ip", clientIp)
				.param("since", Sql.utc(since))
				.query(Integer.class).single();
	}

	int deleteOlderThan(Instant cutoff) {
		return jdbc.sql("DELETE FROM login_attempt WHERE attempted_at < :cutoff")
				.param("cutoff", Sql.utc(cutoff))
				.update();
	}

	record FailureRun(int count, Optional<Instant> latest) {
	}
}
