package app.zetpay.support.bot.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional OpenAI-compatible chat endpoint the bot may use to phrase answers from help-centre
 * articles ({@code support.bot.llm.*}). Ollama serves the same API at {@code http://host:11434/v1}.
 * Off unless {@code base-url} is set.
 *
 * @param baseUrl e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
 * @param apiKey sent as a bearer token; local servers usually ignore it
 * @param model the model name the endpoint knows
 * @param timeout how long a customer may wait for the phrasing before the plain article answer goes
 * @param maxConcurrent phrasings in flight on this node; more fall back to the plain answer at once,
 *        because each one holds the conversation's bot session (and a database connection) meanwhile
 */
@ConfigurationProperties("support.bot.llm")
record LanguageModelProperties(@Nullable String baseUrl, @Nullable String apiKey,
		@DefaultValue("gpt-4o-mini") String model, @DefaultValue("8s") Duration timeout,
		@DefaultValue("4") int maxConcurrent) {

	boolean configured() {
		return baseUrl != null && !baseUrl.isBlank();
	}
}
