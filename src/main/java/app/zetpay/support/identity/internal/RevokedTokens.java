package app.zetpay.support.identity.internal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.shared.Sql;

/** Tokens signed out before their expiry, kept only until they would have expired anyway. */
@Repository
class RevokedTokens {

	private final JdbcClient jdbc;

	RevokedTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Idempotent: signing out twice with the same token, even at once, is one revocation. */
	void revoke(String tokenId, String agentId, Instant expiresAt) {
		// ON CONFLICT rather than catching the error, which would abort a PostgreSQL transaction.
		jdbc.sql("INSERT INTO revoked_token (token_id, agent_id, expires_at) VALUES (:id, :agent, :expires)"
				+ " ON CONFLICT DO NOTHING")
				.param("id", tokenId).param("agent", agentId).param("expires", Sql.utc(expiresAt))
				.update();
	}

	boolean isRevoked(String tokenId) {
		return jdbc.sql("SELECT COUNT(*) FROM revoked_token WHERE token_id = :id").param("id", tokenId)
				.query(Integer.class).single() > 0;
	}

	int deleteExpired(Instant now) {
		return jdbc.sql("DELETE FROM revoked_token WHERE expires_at < :now").param("now", Sql.utc(now)).update();
	}
}
