package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The language model is used only when an endpoint is configured; without one the bot answers plainly. */
class LanguageModelConfigurationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LanguageModelProperties.class)
	@Import(LanguageModelConfiguration.class)
	static class Wiring {
	}

	final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

	@Test
	void withoutAnEndpointTheBotNeverCallsAModel() {
		runner.run(context -> assertThat(context.getBean(AnswerPhrasing.class)).isSameAs(AnswerPhrasing.NONE));
		runner.withPropertyValues("support.bot.llm.base-url= ")
			.run(context -> assertThat(context.getBean(AnswerPhrasing.class)).isSameAs(AnswerPhrasing.NONE));
	}

	@Test
	void anEndpointTurnsPhrasingOn() {
		runner.withPropertyValues("support.bot.llm.base-url=http://localhost:11434/v1", "support.bot.llm.model=llama3.2")
			.run(context -> assertThat(context.getBean(AnswerPhrasing.class)).isInstanceOf(LanguageModelPhrasing.class));
	}

	@Test
	void thePlainAnswerNeedsNoModel() {
		var reads = new java.util.concurrent.atomic.AtomicInteger();

		assertThat(AnswerPhrasing.NONE.phrase("refund?", "Refunds", () -> {
			reads.incrementAndGet();
			return java.util.Optional.of("Refunds take 5 days.");
		})).isEmpty();
		assertThat(reads).as("without a model the article is not even read").hasValue(0);
	}
}
