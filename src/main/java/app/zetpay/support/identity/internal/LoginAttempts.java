package app.zetpay.support.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.shared.Sql;

/**
 * The sign-in attempt log that every throttling rule is computed from, so the rules hold across
 * nodes and restarts: per (email, address) delays, the per-email lock, the per-address limit and
 * which clients are in good standing.
 */
@Repository
class LoginAttempts {

	private final JdbcClient jdbc;

	LoginAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who made an attempt: the address always, the device id when the browser sent a valid one. */
	record Client(String ip, @Nullable String deviceId) {
	}

	/** Failures counted over some span: how many, and the first and last of them. */
	record Failures(int count, Optional<Instant> first, Optional<Instant> last) {
	}

	void record(String email, Client client, boolean succeeded, Instant at) {
		jdbc.sql("""
				INSERT INTO login_attempt (email, client_ip, device_id, succeeded, attempted_at)
				VALUES (:email, :ip, :device, :succeeded, :at)""")
				.param("email", email)
				.param("ip", client.ip())
				.param("device", client.deviceId())
				.param("succeeded", succeeded)
				.param("at", Sql.utc(at))
				.update();
	}

	/** The latest success for this email from this address, after {@code since}. */
	Optional<Instant> lastSuccessFromAddress(String email, String ip, Instant since) {
		return lastSuccess("client_ip", email, ip, since);
	}

	/** The latest success for this email from this device, after {@code since}. */
	Optional<Instant> lastSuccessFromDevice(String email, String deviceId, Instant since) {
		return lastSuccess("device_id", email, deviceId, since);
	}

	Failures failuresFromAddress(String email, String ip, Instant since) {
		return failures("email = :email AND client_ip = :key", email, ip, since);
	}

	Failures failuresFromDevice(String email, String deviceId, Instant since) {
		return failures("email = :email AND device_id = :key", email, deviceId, since);
	}

	/** Failures for this email from anywhere. */
	Failures failuresForEmail(String email, Instant since) {
		return failures("email = :email", email, "", since);
	}

	/** Failures from this address for any email. */
	Failures failuresFromAddress(String ip, Instant since) {
		return failures("client_ip = :key", "", ip, since);
	}

	/** Forgets failures before {@code failuresBefore} and successes before {@code successesBefore}. */
	int deleteOlderThan(Instant failuresBefore, Instant successesBefore) {
		return jdbc.sql("""
				DELETE FROM login_attempt
				WHERE (succeeded = FALSE AND attempted_at < :failures) OR (succeeded = TRUE AND attempted_at < :successes)""")
				.param("failures", Sql.utc(failuresBefore))
				.param("successes", Sql.utc(successesBefore))
				.update();
	}

	private Optional<Instant> lastSuccess(String column, String email, String key, Instant since) {
		return jdbc.sql("SELECT MAX(attempted_at) FROM login_attempt WHERE email = :email AND " + column
				+ " = :key AND succeeded = TRUE AND attempted_at > :since")
				.param("email", email)
				.param("key", key)
				.param("since", Sql.utc(since))
				.query(OffsetDateTime.class).optional()
				.map(OffsetDateTime::toInstant);
	}

	private Failures failures(String where, String email, String key, Instant since) {
		return jdbc.sql("SELECT COUNT(*) AS failures, MIN(attempted_at) AS first_at, MAX(attempted_at) AS last_at"
				+ " FROM login_attempt WHERE " + where + " AND succeeded = FALSE AND attempted_at > :since")
				.param("email", email)
				.param("key", key)
				.param("since", Sql.utc(since))
				.query((rs, n) -> new Failures(rs.getInt("failures"), instant(rs.getObject("first_at", OffsetDateTime.class)),
						instant(rs.getObject("last_at", OffsetDateTime.class))))
				.single();
	}

	private static Optional<Instant> instant(@Nullable OffsetDateTime at) {
		return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
	}
}
