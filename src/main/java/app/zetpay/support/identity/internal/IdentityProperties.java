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
	 * Sign-in throttling (docs/decisions/0016). Delays are kept per (email, address); a client earns
	 * good standing with an email by signing in to it, as a device (the browser's cookie) or an address.
	 *
	 * @param freeFailures failed sign-ins for one email from one address before each further attempt
	 *     from there must wait
	 * @param firstDelay the first wait; it doubles with every further failure
	 * @param maxDelay the longest wait
	 * @param window failures older than this no longer count towards a delay or the lock
	 * @param maxFailuresPerAccount failed sign-ins for one email within {@code window}, from all
	 *     clients together, that lock it for every client not in good standing
	 * @param maxFailuresPerIp failed sign-ins from one address within {@code ipWindow}, for any email,
	 *     after which that address may sign in only to accounts it is in good standing with
	 * @param ipWindow the window for the per-address count
	 * @param trustedFor how long a client that signed in stays in good standing (while it has fewer
	 *     than {@code freeFailures} failures since); also the device cookie's lifetime
	 */
	public record Login(@DefaultValue("3") int freeFailures, @DefaultValue("1s") Duration firstDelay,
			@DefaultValue("15m") Duration maxDelay, @DefaultValue("1h") Duration window,
			@DefaultValue("100") int maxFailuresPerAccount, @DefaultValue("300") int maxFailuresPerIp,
			@DefaultValue("10m") Duration ipWindow, @DefaultValue("30d") Duration trustedFor) {
	}
}
