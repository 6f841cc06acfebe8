package app.zetpay.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;

/**
 * Customer tokens from an outside identity provider (shaped like Firebase Auth ID tokens), verified
 * against a JWKS this test serves over HTTP.
 */
@IntegrationTest
class ExternalIssuerTests {

	static final String ISSUER = "https://securetoken.google.com/zetpay-test";
	static final String AUDIENCE = "zetpay-test";
	static final RSAKey PROVIDER_KEY = rsaKey();
	static final RSAKey STRANGER_KEY = rsaKey();
	static final HttpServer JWKS = jwksServer();

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("support.identity.issuers[0].issuer", () -> ISSUER);
		registry.add("support.identity.issuers[0].jwk-set-uri",
				() -> "http://localhost:" + JWKS.getAddress().getPort() + "/jwks");
		registry.add("support.identity.issuers[0].audience", () -> AUDIENCE);
	}

	@AfterAll
	static void stopJwks() {
		JWKS.stop(0);
	}

	@Test
	void providerTokenIdentifiesTheCustomerBySubject() {
		var token = sign(PROVIDER_KEY, claims("firebase-uid-42").claim("name", "Anjali").build());

		var me = api.get("/api/me", token);

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("id").asString()).isEqualTo("firebase-uid-42");
		assertThat(me.body().get("name").asString()).isEqualTo("Anjali");
		assertThat(me.body().get("kind").asString()).isEqualTo("customer");
	}

	@Test
	void tokenFromAnUnknownKeyIsRefused() {
		var token = sign(STRANGER_KEY, claims("firebase-uid-42").build());

		assertInvalidToken(token);
	}

	@Test
	void expiredTokenIsRefused() {
		var issued = clock.instant().minus(Duration.ofHours(3));
		var token = sign(PROVIDER_KEY, claims("firebase-uid-42").issueTime(Date.from(issued))
				.expirationTime(Date.from(issued.plus(Duration.ofHours(1)))).build());

		assertInvalidToken(token);
	}

	@Test
	void providerTokenExpiredHalfAMinuteAgoIsRefused() {
		// Spring's default skew kept a token alive for a minute past its expiry.
		var expired = clock.instant().minus(Duration.ofSeconds(30));
		var token = sign(PROVIDER_KEY, claims("firebase-uid-42").issueTime(Date.from(expired.minus(Duration.ofHours(1))))
				.expirationTime(Date.from(expired)).build());

		assertInvalidToken(token);
	}

	@Test
	void ownTokenExpiredHalfAMinuteAgoIsRefused() {
		var token = api.customerToken("skewed-" + UUID.randomUUID(), "Skew");
		assertThat(api.get("/api/me", token).status()).isEqualTo(200);

		clock.advance(Duration.ofHours(24).plusSeconds(30));

		assertInvalidToken(token);
	}

	@Test
	void tokenForAnotherAudienceIsRefused() {
		var token = sign(PROVIDER_KEY, claims("firebase-uid-42").audience("someone-else").build());

		assertInvalidToken(token);
	}

	@Test
	void tokenFromAnUnconfiguredIssuerIsRefused() {
		var token = sign(PROVIDER_KEY, claims("firebase-uid-42").issuer("https://evil.example").build());

		assertInvalidToken(token);
	}

	@Test
	void unsignedTokenIsRefused() {
		var token = new PlainJWT(claims("firebase-uid-42").build()).serialize();

		assertInvalidToken(token);
	}

	@Test
	void providerTokenCannotGrantStaffRoles() {
		var token = sign(PROVIDER_KEY, claims("firebase-uid-43").claim("kind", "agent")
				.claim("roles", List.of("ADMIN")).build());

		assertThat(api.get("/api/me", token).body().get("kind").asString()).isEqualTo("customer");
		assertThat(api.get("/api/admin/agents", token).status()).isEqualTo(403);
	}

	private void assertInvalidToken(String token) {
		var response = api.get("/api/me", token);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body().get("code").asString()).isEqualTo("invalid-token");
		assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
	}

	/** Times come from the application clock, which a test here moves ahead. */
	private JWTClaimsSet.Builder claims(String subject) {
		var now = clock.instant();
		return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
				.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static RSAKey rsaKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static HttpServer jwksServer() {
		try {
			var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			var body = new JWKSet(PROVIDER_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks", exchange -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
