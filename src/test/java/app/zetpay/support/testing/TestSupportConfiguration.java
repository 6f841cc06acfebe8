package app.zetpay.support.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import app.zetpay.support.identity.internal.TokenIssuer;

import tools.jackson.databind.json.JsonMapper;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	@Lazy
	Api testApi(Environment environment, JsonMapper json, TokenIssuer tokens) {
		return new Api(() -> Integer.parseInt(environment.getRequiredProperty("local.server.port")), json, tokens);
	}
}
