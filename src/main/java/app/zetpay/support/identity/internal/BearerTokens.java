package app.zetpay.support.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;

import app.zetpay.support.identity.AgentId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.Role;
import app.zetpay.support.identity.TokenVerifier;
import app.zetpay.support.shared.ControlCharacters;

/**
 * Turns a bearer token into a {@link Caller}. Tokens are routed by their {@code iss}: our own issuer
 * (agents, dev customers) is verified against the keys in the database and agents are re-checked
 * against their account on every request, so disabling an account takes effect at once; each
 * configured identity provider (Firebase, Keycloak) is verified against its JWKS and yields
 * customers only: roles are never taken from a token we did not sign.
 */
@Component
class BearerTokens implements TokenVerifier {

	static final String CUSTOMER_AUTHORITY = "ROLE_CUSTOMER";

	private static final Logger log = LoggerFactory.getLogger(BearerTokens.class);

	private final Agents agents;
	private final RevokedTokens revoked;
	private final JwtIssuerAuthenticationManagerResolver resolver;

	BearerTokens(SigningKeys keys, Agents agents, RevokedTokens revoked, IdentityProperties properties, Clock clock) {
		this.agents = agents;
		this.revoked = revoked;
		var managers = new HashMap<String, AuthenticationManager>();
		managers.put(properties.issuer(),
				manager(localDecoder(keys, validator(properties.issuer(), null, properties.clockSkew(), clock)), this::fromLocalToken));
		for (var external : properties.issuers()) {
			var decoder = NimbusJwtDecoder.withJwkSetUri(external.jwkSetUri().toString()).build();
			decoder.setJwtValidator(validator(external.issuer(), external.audience(), properties.clockSkew(), clock));
			managers.put(external.issuer(), manager(decoder, jwt -> fromExternalToken(jwt, external.nameClaim())));
		}
		this.resolver = new JwtIssuerAuthenticationManagerResolver(Map.copyOf(managers)::get);
	}

	AuthenticationManagerResolver<HttpServletRequest> resolver() {
		return resolver;
	}

	@Override
	public Verified verify(String bearerToken) {
		try {
			// The resolver picks the manager by the token's issuer, not by the request.
			var authentication = resolver.resolve(null).authenticate(new BearerTokenAuthenticationToken(bearerToken));
			if (authentication instanceof CallerAuthentication verified) {
				if (verified.passwordChangeRequired()) {
					// The web app opens no socket before the new password; nothing else should either.
					throw new InvalidTokenException("Choose a new password first (POST /api/auth/password)");
				}
				var expiresAt = verified.getCredentials().getExpiresAt();
				return new Verified(verified.getPrincipal(), expiresAt == null ? Instant.MAX : expiresAt,
						verified.getCredentials().getId(), issuedAt(verified.getCredentials()));
			}
			throw new InvalidTokenException("The token was not understood");
		}
		catch (AuthenticationException e) {
			// As on HTTP: the parser's reason is for our log, not for whoever sent the token.
			log.debug("Refused a socket's bearer token: {}", e.getMessage());
			throw new InvalidTokenException("Invalid token");
		}
	}

	private AbstractAuthenticationToken fromLocalToken(Jwt jwt) {
		if (TokenIssuer.KIND_AGENT.equals(jwt.getClaimAsString(TokenIssuer.KIND_CLAIM))) {
			if (!AgentId.isAgentId(jwt.getSubject())) {
				throw new InvalidBearerTokenException("The token's subject is not an agent");
			}
			if (jwt.getId() != null && revoked.isRevoked(jwt.getId())) {
				throw new InvalidBearerTokenException("The token was signed out");
			}
			var stored = agents.findById(new AgentId(jwt.getSubject()))
					.filter(agent -> agent.account().enabled())
					.orElseThrow(() -> new InvalidBearerTokenException("The account is disabled or no longer exists"));
			if (stored.revokes(issuedAt(jwt))) {
				throw new InvalidBearerTokenException("The account's password was reset after this token was issued");
			}
			var account = stored.account();
			var staff = new Caller.Staff(account.id(), account.name(), account.email(), account.roles(),
					account.teams());
			var authorities = account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
			return new CallerAuthentication(staff, jwt, authorities, stored.passwordChangeRequired());
		}
		return customer(jwt, "name");
	}

	/** Milliseconds when the token has them; else iat's whole seconds, which errs towards refusing. */
	static @Nullable Instant issuedAt(Jwt jwt) {
		var millis = jwt.getClaim(TokenIssuer.ISSUED_AT_MILLIS_CLAIM);
		return millis instanceof Number number ? Instant.ofEpochMilli(number.longValue()) : jwt.getIssuedAt();
	}

	private AbstractAuthenticationToken fromExternalToken(Jwt jwt, String nameClaim) {
		return customer(jwt, nameClaim);
	}

	private static AbstractAuthenticationToken customer(Jwt jwt, String nameClaim) {
		var subject = jwt.getSubject();
		if (subject == null || subject.isBlank() || subject.length() > 128 || ControlCharacters.present(subject)) {
			throw new InvalidBearerTokenException("The token has no usable subject");
		}
		// The name is shown and stored with chats and tickets: the same rule as any text we receive.
		var name = jwt.getClaimAsString(nameClaim);
		var caller = new Caller.Customer(subject, name == null ? null : ControlCharacters.strip(name));
		return new CallerAuthentication(caller, jwt, List.of(new SimpleGrantedAuthority(CUSTOMER_AUTHORITY)));
	}

	private static AuthenticationManager manager(JwtDecoder decoder,
			Converter<Jwt, AbstractAuthenticationToken> converter) {
		var provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(converter);
		return provider::authenticate;
	}

	private static JwtDecoder localDecoder(SigningKeys keys, OAuth2TokenValidator<Jwt> validator) {
		var processor = new DefaultJWTProcessor<SecurityContext>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
		// Spring's validators below check time and issuer, with clearer errors than Nimbus's.
		processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		var decoder = new NimbusJwtDecoder(processor);
		decoder.setJwtValidator(validator);
		return decoder;
	}

	/**
	 * Expiry is checked against the application clock, the one everything else uses, with a skew of
	 * seconds rather than Spring's default minute, which kept a token alive a minute past its expiry.
	 */
	private static OAuth2TokenValidator<Jwt> validator(String issuer, @Nullable String audience, Duration clockSkew,
			Clock clock) {
		var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
		var timestamps = new JwtTimestampValidator(clockSkew);
		timestamps.setClock(clock);
		validators.add(timestamps);
		validators.add(new JwtIssuerValidator(issuer));
		if (audience != null && !audience.isBlank()) {
			validators.add(jwt -> Stream.ofNullable(jwt.getAudience()).flatMap(List::stream).anyMatch(audience::equals)
					? OAuth2TokenValidatorResult.success()
					: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
							"The token is not meant for this service (audience)", null)));
		}
		return new DelegatingOAuth2TokenValidator<>(validators);
	}
}
