package app.zetpay.support.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.zetpay.support.shared.WarmUp;

/**
 * Health's {@code support.startup} section: what each module is still warming up. It never takes
 * the service out of readiness, since the service answers meanwhile (search lexically, the bot by
 * handing chats to people); it says how far the work is, so an operator knows why answers are
 * plainer for now.
 */
@Configuration(proxyBeanMethods = false)
class StartupHealth {

	@Bean
	CompositeHealthContributor support(List<WarmUp> warmUps) {
		return CompositeHealthContributor.fromMap(Map.of("startup", (HealthIndicator) () -> health(warmUps)));
	}

	static Health health(List<WarmUp> warmUps) {
		var builder = Health.up();
		var warming = new java.util.ArrayList<String>();
		for (var warmUp : warmUps) {
			var status = warmUp.status();
			var detail = new LinkedHashMap<String, Object>();
			detail.put("state", status.state().name());
			detail.put("detail", status.detail());
			if (status.percent() != null) {
				detail.put("percent", status.percent());
			}
			builder.withDetail(warmUp.name(), detail);
			if (status.state() == WarmUp.State.WARMING_UP) {
				warming.add(warmUp.name());
			}
		}
		return builder.withDetail("warmingUp", warming).build();
	}
}
