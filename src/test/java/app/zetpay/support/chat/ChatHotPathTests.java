package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionalEventListener;

import app.zetpay.support.testing.IntegrationTest;

/**
 * Every chat message is published as {@link MessagePosted}; a durable (outbox) listener on it would
 * add an event-publication row to each write of the chat hot path. Listeners that react to a few
 * messages get their own event ({@link CustomerWroteToBot}); only in-memory after-commit listeners
 * may hear every message.
 */
@IntegrationTest
class ChatHotPathTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noDurableListenerHearsEveryMessage() {
		var durable = new ArrayList<String>();
		for (var name : context.getBeanDefinitionNames()) {
			var type = context.getType(name);
			if (type == null) {
				continue;
			}
			for (var method : AopUtils.getTargetClass(context.getBean(name)).getDeclaredMethods()) {
				var hearsMessages = Arrays.asList(method.getParameterTypes()).contains(MessagePosted.class);
				var listener = AnnotatedElementUtils.findMergedAnnotation(method, TransactionalEventListener.class);
				// @ApplicationModuleListener is an async transactional listener registered in the outbox.
				var durableListener = listener != null && method.isAnnotationPresent(
						org.springframework.modulith.events.ApplicationModuleListener.class);
				if (hearsMessages && durableListener) {
					durable.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}

		assertThat(durable).isEmpty();
	}
}
