package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.AgentAccount;

/** Signs the tokens this service hands out: agents at sign-in, customers from the dev endpoint. */
@Component
public class TokenIssuer {

	static final String KIND_CLAIM = "kind";
	static final String KIND_AGENT = "agent";
	static final String KIND_CUSTOMER = "customer";

	private final SigningKeys keys;
	private final IdentityProperties properties;
	private final Clock clock;

	TokenIssuer(SigningKeys keys, IdentityProperties properties, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/** A bearer token and when it stops working. */
	public record IssuedToken(String value, Instant expiresAt) {
	}

	/** When an agent's token was issued, in milliseconds since the epoch. */
	static final String ISSUED_AT_MILLIS_CLAIM = "iat_ms";

	/**
	 * Tells the web app to ask for a new password before anything else; the server enforces it from
	 * the account, not from this claim.
	 */
	static final String PASSWORD_CHANGE_CLAIM = "pwd_change";

	public IssuedToken forAgent(AgentAccount account) {
		return forAgent(account, properties.agentTokenTtl());
	}

	public IssuedToken forAgent(AgentAccount account, Duration ttl) {
		return forAgent(account, ttl, false);
	}

	/** For a sign-in: says whether the account must choose its password first. */
	IssuedToken forAgent(Agents.StoredAgent stored) {
		return forAgent(stored.account(), properties.agentTokenTtl(), stored.passwordChangeRequired());
	}

	private IssuedToken forAgent(AgentAccount account, Duration ttl, boolean passwordChangeRequired) {
		var claims = base(account.id().value(), ttl)
				.claim("name", account.name())
				.claim("email", account.email().value())
				.claim(KIND_CLAIM, KIND_AGENT)
				.claim("roles", account.roles().stream().map(Enum::name).sorted().toList())
				// iat has whole seconds: a password reset must tell a token issued just before it from
				// one issued just after it in the same second.
				.claim(ISSUED_AT_MILLIS_CLAIM, clock.instant().toEpochMilli());
		if (passwordChangeRequired) {
			claims.claim(PASSWORD_CHANGE_CLAIM, true);
		}
		return sign(claims.build());
	}

	public IssuedToken forCustomer(String userId, String name) {
		return forCustomer(userId, name, properties.customerTokenTtl());
	}

	public IssuedToken forCustomer(String userId, String name, Duration ttl) {
		var claims = base(userId, ttl)
				.claim("name", name)
				.claim(KIND_CLAIM, KIND_CUSTOMER)
				.build();
		return sign(claims);
	}

	private JwtClaimsSet.Builder base(String subject, Duration ttl) {
		var now = clock.instant();
		return JwtClaimsSet.builder()
				.issuer(properties.issuer())
				.subject(subject)
				// Names this token, so signing out can revoke exactly it.
				.id(UUID.randomUUID().toString())
				.audience(List.of(properties.issuer()))
				.issuedAt(now)
				.notBefore(now)
				.expiresAt(now.plus(ttl));
	}

	private IssuedToken sign(JwtClaimsSet claims) {
		var key = keys.signingKey();
		var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
		var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).type("JWT").build();
		var jwt = encoder.encode(JwtEncoderParameters.from(header, claims));
		return new IssuedToken(jwt.getTokenValue(), claims.getExpiresAt());
	}
}
