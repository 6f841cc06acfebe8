package app.zetpay.support.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import app.zetpay.support.identity.internal.Password;
import app.zetpay.support.shared.InvalidFieldException;

class ValueObjectTests {

	@Test
	void emailIsNormalisedToLowerCase() {
		assertThat(new EmailAddress("  Asha.Rao@ZetPay.App ").value()).isEqualTo("asha.rao@zetpay.app");
	}

	@Test
	void anAgentsHandleIsTheirAddressBeforeTheAt() {
		var account = new AgentAccount(AgentId.generate(), new EmailAddress("Priya.Sharma@ZetPay.App"), "Priya Sharma",
				java.util.Set.of(Role.AGENT), java.util.Set.of(), 4, true, java.time.Instant.EPOCH, java.time.Instant.EPOCH);

		assertThat(account.handle()).isEqualTo("priya.sharma");
	}

	@Test
	void emailMustLookLikeOne() {
		assertThatThrownBy(() -> new EmailAddress("asha")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new EmailAddress("asha@localhost")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new EmailAddress("a b@zetpay.app")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new EmailAddress(null)).isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void teamNamesAreSlugs() {
		assertThat(new TeamName(" Payments ").value()).isEqualTo("payments");
		assertThat(new TeamName("upi-disputes").value()).isEqualTo("upi-disputes");
		assertThatThrownBy(() -> new TeamName("-leading")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new TeamName("two words")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new TeamName("x".repeat(41))).isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void agentIdsHaveOneShape() {
		var id = AgentId.generate();

		assertThat(AgentId.isAgentId(id.value())).isTrue();
		assertThat(AgentId.isAgentId("firebase-uid")).isFalse();
		assertThatThrownBy(() -> new AgentId("agt_../../etc")).isInstanceOf(InvalidFieldException.class);
	}

	@Test
	void passwordsAreLongEnoughAndFitBcrypt() {
		assertThat(new Password("ten-chars!").value()).hasSize(10);
		assertThatThrownBy(() -> new Password("nine-char")).isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new Password("ह".repeat(25))).as("75 bytes in UTF-8")
				.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> new Password("          ")).isInstanceOf(InvalidFieldException.class);
		assertThat(new Password("secret-value-1").toString()).doesNotContain("secret");
	}
}
