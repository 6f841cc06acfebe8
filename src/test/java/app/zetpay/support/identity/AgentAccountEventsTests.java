package app.zetpay.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import app.zetpay.support.testing.AgentFixtures;
import app.zetpay.support.identity.internal.AgentAdministration;
import app.zetpay.support.identity.internal.AgentAdministration.AgentChanges;
import app.zetpay.support.identity.internal.AgentAdministration.NewAgent;
import app.zetpay.support.identity.internal.Password;

/** The identity module on its own: account changes are announced as events for other modules. */
@ApplicationModuleTest
class AgentAccountEventsTests {

	@Autowired
	AgentAdministration administration;

	@Test
	void creatingAnAccountPublishesAgentAccountCreated(Scenario scenario) {
		var email = new EmailAddress(AgentFixtures.uniqueEmail());

		scenario.stimulate(() -> administration.create(newAgent(email)))
				.andWaitForEventOfType(AgentAccountCreated.class)
				.matching(event -> event.account().email().equals(email))
				.toArriveAndVerify(event -> {
					assertThat(event.account().teams()).containsExactly(new TeamName("payments"));
					assertThat(event.account().maxConcurrentChats()).isEqualTo(4);
				});
	}

	@Test
	void disablingAnAccountPublishesItsNewState(Scenario scenario) {
		var created = administration.create(newAgent(new EmailAddress(AgentFixtures.uniqueEmail())));
		var admin = new Caller.Staff(AgentId.generate(), "Admin", new EmailAddress("a@zetpay.test"),
				EnumSet.of(Role.ADMIN), Set.of());

		scenario.stimulate(() -> administration.setEnabled(created.id(), false, admin))
				.andWaitForEventOfType(AgentAccountUpdated.class)
				.matching(event -> event.account().id().equals(created.id()))
				.toArriveAndVerify(event -> assertThat(event.account().enabled()).isFalse());
	}

	@Test
	void editingAnAccountPublishesItsNewState(Scenario scenario) {
		var created = administration.create(newAgent(new EmailAddress(AgentFixtures.uniqueEmail())));
		var admin = new Caller.Staff(AgentId.generate(), "Admin", new EmailAddress("a@zetpay.test"),
				EnumSet.of(Role.ADMIN), Set.of());

		scenario.stimulate(() -> administration.update(created.id(),
				new AgentChanges(null, null, Set.of(new TeamName("cards")), 7, null), admin))
				.andWaitForEventOfType(AgentAccountUpdated.class)
				.matching(event -> event.account().id().equals(created.id()))
				.toArriveAndVerify(event -> {
					assertThat(event.account().teams()).containsExactly(new TeamName("cards"));
					assertThat(event.account().maxConcurrentChats()).isEqualTo(7);
				});
	}

	private static NewAgent newAgent(EmailAddress email) {
		return new NewAgent(email, "Event Agent", new Password("event-agent-password"), EnumSet.of(Role.AGENT),
				Set.of(new TeamName("payments")), 4);
	}
}
