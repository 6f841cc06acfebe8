package app.zetpay.support.chat.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

import app.zetpay.support.chat.ServerFrame;
import app.zetpay.support.shared.ShutdownPhases;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.IntegerOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fan-out across nodes through Redis pub/sub, one channel per user. A node subscribes to a user's
 * channel while it holds at least one of their sockets, so a frame costs one PUBLISH per recipient,
 * however many nodes there are, and reaches exactly the nodes that need it. Pub/sub may drop a
 * frame (a node restarting, a network blip); clients repair that with {@code resume}.
 */
@Component
@ConditionalOnProperty(name = "support.chat.fanout", havingValue = "redis")
class RedisFanout implements Fanout, MessageListener, LocalSockets.Users {

	static final String CHANNEL_PREFIX = "zetpay:support:user:";
	private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(5);
	/** Every node listens here: account changes whose sockets may be anywhere. */
	static final String RECHECK_CHANNEL = "zetpay:support:sockets:recheck";

	private final StringRedisTemplate redis;
	private final RedisMessageListenerContainer container;
	private final LocalSockets sockets;
	private final JsonMapper json;
	private final Set<String> subscribed = ConcurrentHashMap.newKeySet();

	RedisFanout(StringRedisTemplate redis, RedisMessageListenerContainer container, LocalSockets sockets,
			JsonMapper json) {
		this.redis = redis;
		this.container = container;
		this.sockets = sockets;
		this.json = json;
		// A subscription that lives as long as the node: the container then keeps one connection
		// subscribed from start to stop. Left idle, it re-subscribes lazily when the next users
		// connect, and concurrent first subscriptions can silently miss channels
		// (spring-data-redis#3447): those users would never receive a frame.
		container.addMessageListener((message, pattern) -> {
		}, ChannelTopic.of(CHANNEL_PREFIX + "node:" + UUID.randomUUID()));
		container.addMessageListener((message, pattern) -> {
			var recheck = json.readValue(message.getBody(), Recheck.class);
			sockets.recheck(recheck.userId(), recheck.revokedTokenId());
		}, ChannelTopic.of(RECHECK_CHANNEL));
		sockets.whenUsersChange(this);
	}

	record Recheck(String userId, @Nullable String revokedTokenId) {
	}

	@Override
	public void recheck(String userId, @Nullable String revokedTokenId) {
		redis.convertAndSend(RECHECK_CHANNEL, json.writeValueAsString(new Recheck(userId, revokedTokenId)));
	}

	@Override
	public void publish(Set<String> userIds, ServerFrame type, Object payload) {
		publishAll(List.of(new Frame(userIds, type, payload)));
	}

	/**
	 * Every PUBLISH of the batch goes out on the shared connection in one write, then the batch waits
	 * once for all the replies: one round trip per batch instead of one per recipient of each message
	 * (issue 18: the writer thread waited 2N round trips per batch). Handed to the connection as one
	 * list rather than command by command, the batch costs the client's I/O thread one wake-up, not
	 * one per PUBLISH (6 % of the server's CPU at 1,000 msg/s went to those wake-ups). One connection
	 * keeps its commands in order, so each user's frames still arrive in commit order; the wait keeps
	 * a writer from running ahead of a slow Redis.
	 */
	@Override
	public void publishAll(List<Frame> frames) {
		if (frames.isEmpty()) {
			return;
		}
		try (var connection = redis.getRequiredConnectionFactory().getConnection()) {
			if (!(connection.getNativeConnection() instanceof RedisAsyncCommands<?, ?> commands)) {
				throw new IllegalStateException("Chat fan-out over Redis needs the Lettuce driver, not clustered");
			}
			@SuppressWarnings("unchecked")
			var target = ((RedisAsyncCommands<byte[], byte[]>) commands).getStatefulConnection();
			var publishes = new ArrayList<AsyncCommand<byte[], byte[], Long>>();
			for (var frame : frames) {
				var body = Frames.json(json, frame.type(), frame.payload()).getBytes(StandardCharsets.UTF_8);
				for (var userId : frame.userIds()) {
					var args = new CommandArgs<>(ByteArrayCodec.INSTANCE)
						.addKey((CHANNEL_PREFIX + userId).getBytes(StandardCharsets.UTF_8)).addValue(body);
					publishes.add(new AsyncCommand<>(new Command<>(CommandType.PUBLISH,
							new IntegerOutput<>(ByteArrayCodec.INSTANCE), args)));
				}
			}
			target.dispatch(publishes);
			if (!LettuceFutures.awaitAll(PUBLISH_TIMEOUT, publishes.toArray(Future[]::new))) {
				throw new RedisCommandTimeoutException("Redis did not confirm " + publishes.size() + " chat frames within "
						+ PUBLISH_TIMEOUT.toMillis() + " ms");
			}
		}
	}

	// Subscribing and unsubscribing one at a time: the container is not safe under concurrent changes.
	/** This node now holds a socket of the user (its first one): frames for them must reach this node. */
	@Override
	public synchronized void connected(String userId) {
		if (subscribed.add(userId)) {
			container.addMessageListener(this, ChannelTopic.of(CHANNEL_PREFIX + userId));
		}
	}

	@Override
	public synchronized void disconnected(String userId) {
		if (subscribed.remove(userId)) {
			container.removeMessageListener(this, ChannelTopic.of(CHANNEL_PREFIX + userId));
		}
	}

	@Override
	public void onMessage(Message message, byte[] pattern) {
		var channel = new String(message.getChannel(), StandardCharsets.UTF_8);
		if (!channel.startsWith(CHANNEL_PREFIX)) {
			return;
		}
		sockets.deliver(Set.of(channel.substring(CHANNEL_PREFIX.length())),
				new String(message.getBody(), StandardCharsets.UTF_8));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "support.chat.fanout", havingValue = "redis")
	static class RedisFanoutConfiguration {

		/**
		 * Received frames go to the sockets on one thread, in the order Redis delivered them. The
		 * container's default executor started a new platform thread for every message (issue 18:
		 * 1,650 thread starts a second at 1,000 msg/s) and let two frames for the same user race each
		 * other to the socket, so a chat's messages could arrive out of order. One ordered thread
		 * keeps commit order per user and leaves Lettuce's event loop free to read. Not a bean of its
		 * own: an Executor bean would replace Spring's application task executor.
		 */
		@Bean
		RedisMessageListenerContainer chatFanoutListenerContainer(RedisConnectionFactory connections) {
			var deliveries = Executors
				.newSingleThreadExecutor(Thread.ofVirtual().name("chat-fanout-delivery").factory());
			var container = new RedisMessageListenerContainer() {
				@Override
				public void destroy() throws Exception {
					try {
						super.destroy();
					}
					finally {
						deliveries.close();
					}
				}
			};
			container.setConnectionFactory(connections);
			container.setTaskExecutor(deliveries);
			// By default it stops first of all, while sockets still wait for frames from other nodes.
			container.setPhase(ShutdownPhases.REDIS_SUBSCRIPTIONS);
			return container;
		}
	}
}
