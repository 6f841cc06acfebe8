package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import app.zetpay.support.chat.ServerFrame;

import tools.jackson.databind.json.JsonMapper;

/**
 * Frames that cross nodes through Redis reach a user's sockets in the order they were published
 * (runs with -Ppostgres, on the shared Redis). Before issue 18 the listener container handed every
 * received frame to a new thread, so two frames for one user could overtake each other.
 */
@Tag("production-only")
class RedisFanoutOrderTests {

	private final LettuceConnectionFactory connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(
			System.getProperty("support.test.redis-host", "localhost"), 6379));
	private @Nullable RedisMessageListenerContainer container;

	@AfterEach
	void close() throws Exception {
		if (container != null) {
			container.stop();
			container.destroy();
		}
		connections.destroy();
	}

	@Test
	void framesForOneUserArriveInTheOrderTheyWerePublished() {
		connections.afterPropertiesSet();
		connections.start();
		container = new RedisFanout.RedisFanoutConfiguration().chatFanoutListenerContainer(connections);
		container.afterPropertiesSet();
		container.start();
		var received = new CopyOnWriteArrayList<String>();
		var sockets = new RecordingSockets(received);
		var json = JsonMapper.builder().build();
		var fanout = new RedisFanout(new StringRedisTemplate(connections), container, sockets, json);
		var user = "order-test-" + UUID.randomUUID();
		sockets.users.connected(user);
		waitUntilSubscribed(fanout, user, received);

		var total = 3_000;
		for (var start = 0; start < total; start += 100) {
			var batch = new ArrayList<Fanout.Frame>();
			for (var n = start; n < start + 100; n++) {
				batch.add(new Fanout.Frame(Set.of(user), ServerFrame.CHAT_MESSAGE, Map.of("n", n)));
			}
			fanout.publishAll(batch);
		}

		waitFor(Duration.ofSeconds(20), () -> numbers(received).size() >= total);
		var numbers = numbers(received);
		assertThat(numbers).hasSize(total);
		assertThat(numbers).isSorted();
	}

	/** Publishes a probe until it comes back: subscribing completes asynchronously. */
	private static void waitUntilSubscribed(RedisFanout fanout, String user, List<String> received) {
		waitFor(Duration.ofSeconds(10), () -> {
			fanout.publish(Set.of(user), ServerFrame.PONG, Map.of());
			return !received.isEmpty();
		});
		waitFor(Duration.ofMillis(200), () -> false);
		received.clear();
	}

	private static void waitFor(Duration limit, BooleanSupplier condition) {
		var deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static List<Integer> numbers(List<String> frames) {
		return frames.stream()
			.filter(frame -> frame.contains("\"n\""))
			.map(frame -> Integer.parseInt(frame.replaceAll(".*\"n\":(\\d+).*", "$1")))
			.toList();
	}

	private static final class RecordingSockets implements LocalSockets {

		private final List<String> received;
		private Users users;

		RecordingSockets(List<String> received) {
			this.received = received;
		}

		@Override
		public void deliver(Set<String> userIds, String frame) {
			received.add(frame);
		}

		@Override
		public void recheck(String userId, @Nullable String revokedTokenId) {
		}

		@Override
		public void whenUsersChange(Users users) {
			this.users = users;
		}
	}
}
