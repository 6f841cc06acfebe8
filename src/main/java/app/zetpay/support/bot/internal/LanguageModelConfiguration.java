package app.zetpay.support.bot.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LanguageModelConfiguration {

	@Bean
	AnswerPhrasing answerPhrasing(LanguageModelProperties properties) {
		return properties.configured() ? LanguageModelPhrasing.of(properties) : AnswerPhrasing.NONE;
	}
}
