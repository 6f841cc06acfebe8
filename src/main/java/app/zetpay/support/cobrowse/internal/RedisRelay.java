package app.zetpay.support.cobrowse.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Several nodes: one Redis channel per session, subscribed only by the nodes where its agent watches,
 * so a frame costs one PUBLISH and reaches only them. Pub/sub keeps nothing: a frame no node listens
 * for is gone, as it should be.
 */
@Component
@ConditionalOnProperty(name = "support.cobrowse.relay", havingValue = "redis")
class RedisRelay implements Relay, DisposableBean {

	static final String CHANNEL_PREFIX = "zetpay:support:cobrowse:";

	private final StringRedisTemplate redis;
	private final RedisMessageListenerContainer container;
	private final ConcurrentHashMap<String, MessageListener> listeners = new ConcurrentHashMap<>();

	RedisRelay(StringRedisTemplate redis, RedisConnectionFactory connections) {
		this.redis = redis;
		this.container = new RedisMessageListenerContainer();
		container.setConnectionFactory(connections);
		container.afterPropertiesSet();
		// A subscription for the node's lifetime keeps one connection subscribed (see chat's RedisFanout:
		// lazily re-subscribing concurrently can miss channels, spring-data-redis#3447).
		container.addMessageListener((message, pattern) -> {
		}, ChannelTopic.of(CHANNEL_PREFIX + "node:" + UUID.randomUUID()));
		container.start();
	}

	@Override
	public void publish(String sessionId, String message) {
		redis.convertAndSend(CHANNEL_PREFIX + sessionId, message);
	}

	@Override
	public synchronized void listen(String sessionId, Consumer<String> listener) {
		stopListening(sessionId);
		MessageListener subscriber = (message, pattern) -> listener
				.accept(new String(message.getBody(), StandardCharsets.UTF_8));
		listeners.put(sessionId, subscriber);
		container.addMessageListener(subscriber, ChannelTopic.of(CHANNEL_PREFIX + sessionId));
	}

	@Override
	public synchronized void stopListening(String sessionId) {
		var subscriber = listeners.remove(sessionId);
		if (subscriber != null) {
			container.removeMessageListener(subscriber, ChannelTopic.of(CHANNEL_PREFIX + sessionId));
		}
	}

	// Not a bean of its own: a second listener container would make chat's injection of its own ambiguous.
	@Override
	public void destroy() throws Exception {
		container.destroy();
	}
}
