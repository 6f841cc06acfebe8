package app.zetpay.support.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The BCrypt hashes a start no longer computes (docs/decisions/0023) are the hashes of their
 * passwords, as strong as the ones the service makes at run time: same encoder, same cost.
 */
class PrecomputedPasswordHashesTests {

	static final java.util.List<AccountBootstrap.DemoAgent> demoAgents = java.util.List
		.copyOf(AccountBootstrap.DEMO_AGENTS);

	final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@ParameterizedTest
	@FieldSource("demoAgents")
	void aDemoAgentsHashIsItsPasswordsAtTheEncodersCost(AccountBootstrap.DemoAgent agent) {
		assertThat(encoder.matches(agent.password(), agent.passwordHash())).isTrue();
		assertThat(encoder.matches(agent.password() + "x", agent.passwordHash())).isFalse();
		assertThat(cost(agent.passwordHash())).isEqualTo(cost(encoder.encode(agent.password())));
	}

	@Test
	void theUnknownAccountHashCostsWhatAnAccountsHashCosts() {
		assertThat(encoder.matches("no account has this password", SignIn.UNKNOWN_ACCOUNT_HASH)).isTrue();
		assertThat(cost(SignIn.UNKNOWN_ACCOUNT_HASH)).isEqualTo(cost(encoder.encode("any password")));
	}

	/** {@code {bcrypt}$2a$10$…}: the id, the variant and the cost, everything before the salt. */
	private static String cost(String hash) {
		return hash.substring(0, hash.indexOf('$', hash.indexOf('$', hash.indexOf('$') + 1) + 1) + 1);
	}
}
