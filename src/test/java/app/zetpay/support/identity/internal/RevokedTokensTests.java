package app.zetpay.support.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.IntegrationTest;

/** Signed-out tokens are kept exactly as long as they could still be presented. */
@IntegrationTest
class RevokedTokensTests {

	@Autowired
	RevokedTokens revoked;

	@Autowired
	SignOut signOut;

	@Autowired
	Clock clock;

	@Test
	void revokingTheSameTokenTwiceIsOneRevocation() {
		var tokenId = UUID.randomUUID().toString();
		var expires = clock.instant().plus(Duration.ofHours(1));

		revoked.revoke(tokenId, "agt_twice", expires);
		revoked.revoke(tokenId, "agt_twice", expires);

		assertThat(revoked.isRevoked(tokenId)).isTrue();
	}

	@Test
	void aRevocationIsForgottenOnceItsTokenWouldHaveExpired() {
		var expired = UUID.randomUUID().toString();
		var live = UUID.randomUUID().toString();
		revoked.revoke(expired, "agt_old", clock.instant().minus(Duration.ofMinutes(1)));
		revoked.revoke(live, "agt_new", clock.instant().plus(Duration.ofHours(1)));

		signOut.forgetExpired();

		assertThat(revoked.isRevoked(expired)).isFalse();
		assertThat(revoked.isRevoked(live)).isTrue();
	}
}
