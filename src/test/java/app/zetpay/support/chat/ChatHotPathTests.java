package app.zetpay.support.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import app.zetpay.support.testing.IntegrationTest;

/**
 * Every chat message is published as {@link MessagePosted}; a durable (outbox) listener on it would
 * add an event-publication row to each write of the chat hot path. Listeners that react to a few
 * messages get their own event ({@link CustomerWroteToBot}); a listener that must hear every message
 * is a plain in-memory listener that defers its work to after the commit itself.
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
				// Spring Modulith records a publication for every after-commit transactional listener,
				// @ApplicationModuleListener or not.
				var durableListener = listener != null && listener.phase() == TransactionPhase.AFTER_COMMIT;
				if (hearsMessages && durableListener) {
					durable.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}

		assertThat(durable).isEmpty();
	}
}
