package app.zetpay.support.cobrowse.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Several nodes: one Redis channel per session, subscribed only by the nodes where its agent watches,
 * so a frame costs one PUBLISH and reaches only them. Pub/sub keeps nothing: a frame no node listens
 * for is gone, as it should be.
 * <p>
 * The session channels ride the node's one managed listener container (the chat fan-out's, which the
 * production profile always has): a container of its own, made and closed here, lost its connection
 * in a long-lived node (every co-browsing request then failed with "Connection is closed") and was
 * closed after Redis itself at shutdown. The node's container ends the subscriptions when it stops.
 */
@Component
@ConditionalOnProperty(name = "support.cobrowse.relay", havingValue = "redis")
class RedisRelay implements Relay {

	static final String CHANNEL_PREFIX = "zetpay:support:cobrowse:";

	private final StringRedisTemplate redis;
	private final RedisMessageListenerContainer container;
	private final ConcurrentHashMap<String, MessageListener> listeners = new ConcurrentHashMap<>();

	RedisRelay(StringRedisTemplate redis, RedisMessageListenerContainer container) {
		this.redis = redis;
		this.container = container;
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
}
