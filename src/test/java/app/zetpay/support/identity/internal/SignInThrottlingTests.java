package app.zetpay.support.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;
import app.zetpay.support.testing.MutableClock;

/**
 * Sign-in throttling slows guessing without handing anyone a way to lock others out. Clients are
 * told apart by address (documentation ranges) and device id, as the login route passes them.
 */
@IntegrationTest
class SignInThrottlingTests {

	static final String ATTACKER = "203.0.113.66";
	static final String OWNER = "198.51.100.7";
	static final String OFFICE_NAT = "192.0.2.1";

	@Autowired
	SignIn signIn;

	@Autowired
	LoginAttempts attempts;

	@Autowired
	MutableClock clock;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	AgentFixtures agents;
	String email;

	@BeforeEach
	@AfterEach
	void freshAttemptLog() {
		jdbc.sql("DELETE FROM login_attempt").update();
		clock.advance(Duration.ofDays(1));
	}

	@BeforeEach
	void anAccount() {
		agents = new AgentFixtures(api);
		email = agents.create("Targeted Admin", "AGENT", "ADMIN");
	}

	@Test
	void anAttackersFailuresFromOneAddressDoNotStopTheOwnerFromAnother() {
		// More than the five failures that used to lock the account for everyone for 15 minutes.
		for (int i = 0; i < 8; i++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(refusal(email, "guess-" + i, ATTACKER).code()).isEqualTo("invalid-credentials");
		}
		assertThat(refusal(email, "guess-8", ATTACKER).code()).isEqualTo("sign-in-delayed");

		var owner = signIn.signIn(email, AgentFixtures.PASSWORD, OWNER, null);

		assertThat(owner.account().email().value()).isEqualTo(email);
		assertThat(refusal(email, "guess-9", ATTACKER).code()).as("the attacker still waits")
				.isEqualTo("sign-in-delayed");
	}

	@Test
	void afterThreeFailuresEachAttemptFromThatAddressWaitsTwiceAsLong() {
		for (int i = 0; i < 3; i++) {
			refusal(email, "guess-" + i, ATTACKER);
		}
		for (long wait : new long[] { 1, 2, 4, 8 }) {
			var delayed = refusal(email, "too-soon", ATTACKER);
			assertThat(delayed.code()).isEqualTo("sign-in-delayed");
			assertThat(delayed.properties()).containsEntry("retryAfter", wait);

			clock.advance(Duration.ofSeconds(wait));
			assertThat(refusal(email, "guess-after-" + wait, ATTACKER).code()).isEqualTo("invalid-credentials");
		}

		var rightPasswordTooSoon = refusal(email, AgentFixtures.PASSWORD, ATTACKER);
		assertThat(rightPasswordTooSoon.code()).as("no password is checked while waiting").isEqualTo("sign-in-delayed");
		assertThat(rightPasswordTooSoon.properties()).containsEntry("retryAfter", 16L);
	}

	@Test
	void theWaitStopsGrowingAtFifteenMinutes() {
		failures(email, ATTACKER, 40);

		var delayed = refusal(email, "guess", ATTACKER);

		assertThat(delayed.code()).isEqualTo("sign-in-delayed");
		assertThat((Long) delayed.properties().get("retryAfter")).isBetween(899L, 900L);
	}

	@Test
	void aSuccessEndsTheRunOfFailures() {
		for (int i = 0; i < 3; i++) {
			refusal(email, "typo-" + i, OWNER);
		}
		clock.advance(Duration.ofSeconds(1));
		signIn.signIn(email, AgentFixtures.PASSWORD, OWNER, null);

		for (int i = 0; i < 3; i++) {
			assertThat(refusal(email, "typo-again-" + i, OWNER).code()).isEqualTo("invalid-credentials");
		}
	}

	@Test
	void veryManyFailuresLockTheAccountForClientsThatNeverSignedIn() {
		var browser = signIn.signIn(email, AgentFixtures.PASSWORD, OWNER, null).deviceId();
		spreadFailures(email, 100);

		var stranger = refusal(email, AgentFixtures.PASSWORD, "203.0.113.200");

		assertThat(stranger.code()).isEqualTo("account-locked");
		assertThat((Long) stranger.properties().get("retryAfter")).isBetween(3500L, 3600L);
		assertThat(signIn.signIn(email, AgentFixtures.PASSWORD, OWNER, null).account().email().value())
				.as("the owner's address").isEqualTo(email);
		assertThat(signIn.signIn(email, AgentFixtures.PASSWORD, "203.0.113.201", browser).account().email().value())
				.as("the owner's browser on a new network").isEqualTo(email);

		clock.advance(Duration.ofHours(1));
		assertThat(signIn.signIn(email, AgentFixtures.PASSWORD, "203.0.113.200", null).account().email().value())
				.isEqualTo(email);
	}

	@Test
	void ninetyNineFailuresAnHourDoNotLockTheAccount() {
		spreadFailures(email, 99);

		assertThat(signIn.signIn(email, AgentFixtures.PASSWORD, "203.0.113.202", null).account().email().value())
				.isEqualTo(email);
	}

	@Test
	void aClientThatKeepsFailingLosesItsGoodStanding() {
		signIn.signIn(email, AgentFixtures.PASSWORD, OWNER, null);
		spreadFailures(email, 100);
		for (int i = 0; i < 3; i++) {
			assertThat(refusal(email, "wrong-" + i, OWNER).code()).isEqualTo("invalid-credentials");
		}

		assertThat(refusal(email, AgentFixtures.PASSWORD, OWNER).code()).isEqualTo("account-locked");
	}

	@Test
	void manyFailuresFromOneNatDoNotKeepColleaguesBehindItOut() {
		for (int i = 0; i < 50; i++) {
			attempts.record(AgentFixtures.uniqueEmail(), new LoginAttempts.Client(OFFICE_NAT, null), false,
					clock.instant());
		}

		assertThat(signIn.signIn(email, AgentFixtures.PASSWORD, OFFICE_NAT, null).account().email().value())
				.isEqualTo(email);
	}

	@Test
	void pastThePerAddressLimitOnlyClientsThatSignedInBeforeGetIn() {
		signIn.signIn(email, AgentFixtures.PASSWORD, OFFICE_NAT, null);
		var newcomer = agents.create("First Day", "AGENT");
		for (int i = 0; i < 300; i++) {
			attempts.record(AgentFixtures.uniqueEmail(), new LoginAttempts.Client(OFFICE_NAT, null), false,
					clock.instant());
		}

		var refused = refusal(newcomer, AgentFixtures.PASSWORD, OFFICE_NAT);

		assertThat(refused.code()).isEqualTo("too-many-attempts");
		assertThat((Long) refused.properties().get("retryAfter")).isBetween(590L, 600L);
		assertThat(signIn.signIn(email, AgentFixtures.PASSWORD, OFFICE_NAT, null).account().email().value())
				.isEqualTo(email);
	}

	@Test
	void aMadeUpDeviceIdEarnsNothing() {
		spreadFailures(email, 100);

		var forged = refusal(email, AgentFixtures.PASSWORD, "203.0.113.203", UUID.randomUUID().toString()
				.replace("-", ""));

		assertThat(forged.code()).isEqualTo("account-locked");
	}

	private ProblemException refusal(String email, String password, String ip) {
		return refusal(email, password, ip, null);
	}

	private ProblemException refusal(String email, String password, String ip, String device) {
		var refused = catchThrowableOfType(ProblemException.class, () -> signIn.signIn(email, password, ip, device));
		assertThat(refused).as("sign-in of " + email + " from " + ip + " is refused").isNotNull();
		return refused;
	}

	private void failures(String email, String ip, int count) {
		for (int i = 0; i < count; i++) {
			attempts.record(email, new LoginAttempts.Client(ip, null), false, clock.instant());
		}
	}

	/** Failures from as many different addresses, as a botnet would make them. */
	private void spreadFailures(String email, int count) {
		for (int i = 0; i < count; i++) {
			attempts.record(email, new LoginAttempts.Client("10.66." + i / 250 + "." + i % 250, null), false,
					clock.instant());
		}
	}
}
