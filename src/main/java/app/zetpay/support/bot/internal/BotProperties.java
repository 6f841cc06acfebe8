package app.zetpay.support.bot.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the {@code bot} module ({@code support.bot.*}).
 *
 * @param seed on a first start (no intent yet) load the built-in intents of {@code bot/intents.yml}
 *        and train the first model
 * @param confidence below this a prediction counts as "not understood"; twice in a row hands over
 * @param urgentTeam the team suspected fraud and blocked cards go to (any agent when empty); the
 *        model version is polled every {@code support.bot.model-poll}, read by {@link IntentClassifier}
 */
@ConfigurationProperties("support.bot")
public record BotProperties(@DefaultValue("true") boolean seed, @DefaultValue("0.5") double confidence,
		@org.jspecify.annotations.Nullable String urgentTeam) {

	public BotProperties {
		// A blank team in the configuration means none: the urgent chat goes to any agent.
		urgentTeam = urgentTeam == null || urgentTeam.isBlank() ? null : urgentTeam.strip();
	}
}
