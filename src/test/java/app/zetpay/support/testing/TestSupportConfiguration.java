package app.zetpay.support.testing;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import app.zetpay.support.shared.WarmUp;

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

	/**
	 * Tests assert on hybrid search, so they start once the help centre's vectors and the embedding
	 * model are warm, as a running service is a few seconds after its start (the bot's model is left
	 * to the tests that train one).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void awaitWarmSearch(ApplicationReadyEvent ready) throws InterruptedException {
		var warmUps = ready.getApplicationContext().getBeansOfType(WarmUp.class).values().stream()
				.filter(w -> Set.of("helpIndex", "embeddingModel").contains(w.name())).toList();
		var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (warmUps.stream().anyMatch(w -> w.status().state() == WarmUp.State.WARMING_UP)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Still warming up after 120 s: "
						+ warmUps.stream().map(w -> w.name() + "=" + w.status()).toList());
			}
			Thread.sleep(50);
		}
	}

	@Bean
	@Lazy
	Api testApi(Environment environment, JsonMapper json, TokenIssuer tokens) {
		return new Api(() -> Integer.parseInt(environment.getRequiredProperty("local.server.port")), json, tokens);
	}
}
