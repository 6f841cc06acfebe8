package app.zetpay.support.identity.internal;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import app.zetpay.support.shared.Sql;

/**
 * The RSA keys this service signs its own tokens with, kept in the database so every node signs
 * with the same key and verifies every other node's tokens. The first node to start generates the
 * key; when two start at once both insert and all converge on the oldest.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

	private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile RSAKey signingKey;
	private volatile JWKSet verificationKeys;
	private volatile Instant loadedAt;
	/** Done once a key is stored and loaded; on a first start the key is made beside the start. */
	private final CompletableFuture<Void> ready;

	SigningKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		if (stored().isEmpty()) {
			// A 2048-bit RSA key takes a few hundred milliseconds of a cold JVM: the start goes on
			// meanwhile, and the first token signed or checked waits for it.
			ready = CompletableFuture.runAsync(() -> {
				generate();
				reload();
			}, runnable -> Thread.ofVirtual().name("signing-key").start(runnable));
		}
		else {
			reload();
			ready = CompletableFuture.completedFuture(null);
		}
	}

	/** The private key to sign new tokens with. */
	RSAKey signingKey() {
		ready.join();
		return signingKey;
	}

	/** The public keys, as published at {@code /.well-known/jwks.json}. */
	public JWKSet publicKeys() {
		ready.join();
		return verificationKeys.toPublicJWKSet();
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		ready.join();
		var found = selector.select(verificationKeys);
		if (found.isEmpty() && clock.instant().isAfter(loadedAt.plus(RELOAD_AT_MOST_EVERY))) {
			// A key another node created after we loaded ours.
			reload();
			found = selector.select(verificationKeys);
		}
		return found;
	}

	private synchronized void reload() {
		var keys = stored();
		if (keys.isEmpty()) {
			throw new IllegalStateException("No signing key stored");
		}
		this.signingKey = keys.getFirst();
		this.verificationKeys = new JWKSet(List.copyOf(keys));
		this.loadedAt = clock.instant();
	}

	private List<RSAKey> stored() {
		return jdbc.sql("SELECT private_key FROM signing_key ORDER BY created_at, kid")
				.query((rs, n) -> parse(rs.getString(1)))
				.list();
	}

	private void generate() {
		try {
			var key = new RSAKeyGenerator(2048)
					.keyID(UUID.randomUUID().toString())
					.keyUse(KeyUse.SIGNATURE)
					.algorithm(JWSAlgorithm.RS256)
					.generate();
			jdbc.sql("""
					INSERT INTO signing_key (kid, algorithm, public_key, private_key, created_at)
					VALUES (:kid, 'RS256', :publicKey, :privateKey, :createdAt)""")
					.param("kid", key.getKeyID())
					.param("publicKey", key.toPublicJWK().toJSONString())
					.param("privateKey", key.toJSONString())
					.param("createdAt", Sql.utc(clock.instant()))
					.update();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Cannot generate a signing key", e);
		}
		catch (DuplicateKeyException e) {
			// Another node won the race; its key is as good as ours.
		}
	}

	private static RSAKey parse(String json) {
		try {
			return RSAKey.parse(json);
		}
		catch (ParseException e) {
			throw new IllegalStateException("A stored signing key is unreadable", e);
		}
	}
}
