package app.zetpay.support.identity.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the {@code identity} module ({@code support.identity.*}).
 *
 * @param issuer the {@code iss} of tokens this service signs (agents, dev customers)
 * @param agentTokenTtl how long an agent's sign-in lasts
 * @param customerTokenTtl how long a dev customer token lasts
 * @param issuers identity providers whose customer tokens are accepted (Firebase, Keycloak …)
 * @param devTokens the dev token endpoint; never enabled in the production profile
 * @param demoAgents whether the embedded default seeds the demo agents
 * @param login sign-in throttling
 * @param clockSkew how long after its expiry (or before its not-before) a token is still accepted,
 *        for clocks that disagree a little; kept to seconds, as an expired token is meant to be dead
 */
@ConfigurationProperties("support.identity")
public record IdentityProperties(
		@DefaultValue("zetpay-support") String issuer,
		@DefaultValue("8h") Duration agentTokenTtl,
		@DefaultValue("24h") Duration customerTokenTtl,
		@DefaultValue List<ExternalIssuer> issuers,
		@DefaultValue Toggle devTokens,
		@DefaultValue Toggle demoAgents,
		@DefaultValue Login login,
		@DefaultValue("5s") Duration clockSkew) {

	/**
	 * An identity provider whose tokens identify customers.
	 *
	 * @param issuer the exact {@code iss} claim, e.g. {@code https://securetoken.google.com/<project>}
	 * @param jwkSetUri where its signing keys are published
	 * @param audience the required {@code aud} (the Firebase project id), or none
	 * @param nameClaim the claim holding the display name
	 */
	public record ExternalIssuer(String issuer, URI jwkSetUri, @Nullable String audience,
			@DefaultValue("name") String nameClaim) {
	}

	public record Toggle(@DefaultValue("false") boolean enabled) {
	}

	/**
	 * @param maxFailuresPerAccount failed sign-ins in a row that lock an account
	 * @param lockout how long the lock lasts after the last failure
	 * @param maxFailuresPerIp failed sign-ins from one address within {@code ipWindow} before it is refused
	 * @param ipWindow the window for the per-address count
	 */
	public record Login(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("15m") Duration lockout,
			@DefaultValue("30") int maxFailuresPerIp, @DefaultValue("10m") Duration ipWindow) {
	}
}
