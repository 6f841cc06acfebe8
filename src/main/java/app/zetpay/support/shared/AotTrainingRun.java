package app.zetpay.support.shared;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The build's training start for the JVM's AOT cache ({@code support.aot-training=true}): a whole
 * first start, runners included (loading the starting articles, indexing them, creating the first
 * accounts), then exit, before any warm-up begins. Boot's own {@code spring.context.exit=onRefresh}
 * stops before the runners, whose classes would then load cold at every real start.
 */
@Component
@ConditionalOnBooleanProperty("support.aot-training")
class AotTrainingRun {

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void exit(ApplicationReadyEvent ready) {
		System.exit(SpringApplication.exit(ready.getApplicationContext()));
	}
}
