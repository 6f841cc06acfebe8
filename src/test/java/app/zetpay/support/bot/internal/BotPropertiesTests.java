package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BotPropertiesTests {

	@Test
	void aBlankUrgentTeamMeansAnyAgent() {
		assertThat(new BotProperties(true, 0.5, "  ").urgentTeam()).isNull();
		assertThat(new BotProperties(true, 0.5, null).urgentTeam()).isNull();
		assertThat(new BotProperties(true, 0.5, " fraud-desk ").urgentTeam()).isEqualTo("fraud-desk");
	}
}
