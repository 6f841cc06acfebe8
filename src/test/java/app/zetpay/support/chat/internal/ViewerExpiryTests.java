package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Viewers past their expiry are swept out, each reported once: in memory, and in the Redis every
 * node shares, where two nodes sweeping the same entry must not both report it (that one with -Ppostgres).
 */
class ViewerExpiryTests {

	/**
	 * Ten years ahead: the Redis hashes are shared with the nodes of the test contexts still open in
	 * this JVM, whose sweepers run on the real clock (or one moved a little ahead) and took a viewer
	 * that had lapsed on theirs before this test could report it (seen once in CI).
	 */
	static final Instant NOW = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(ChronoUnit.SECONDS);

	@Test
	@Tag("production-only")
	void aLapsedViewerIsReportedOnceWithTheViewersLeftOnRedis() {
		var connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(
				System.getProperty("support.test.redis-host", "localhost"), 6379));
		connections.afterPropertiesSet();
		connections.start();
		try {
			var json = JsonMapper.builder().build();
			var redis = new StringRedisTemplate(connections);
			sweepsOnce(new RedisViewers(redis, json), new RedisViewers(redis, json));
		}
		finally {
			connections.destroy();
		}
	}

	@Test
	void aLapsedViewerIsReportedOnceWithTheViewersLeftInMemory() {
		var viewers = new InProcessViewers();
		ViewerExpiryTests.sweepsOnce(viewers, viewers);
	}

	static void sweepsOnce(ViewerRegistry first, ViewerRegistry second) {
		var item = "conversation:cnv_" + UUID.randomUUID();
		first.put(item, new ViewerRegistry.Viewer("s1", "agt_1", "Asha", false, NOW.plusSeconds(60)), NOW);
		first.put(item, new ViewerRegistry.Viewer("s2", "agt_2", "Ravi", false, NOW.plusSeconds(90)), NOW);

		var early = first.expire(NOW.plusSeconds(30));
		var lapsed = first.expire(NOW.plusSeconds(61));
		var again = second.expire(NOW.plusSeconds(62));

		assertThat(early).noneMatch(l -> l.item().equals(item));
		var report = lapsed.stream().filter(l -> l.item().equals(item)).toList();
		assertThat(report).hasSize(1);
		assertThat(report.getFirst().left()).extracting(ViewerRegistry.Viewer::name).containsExactly("Ravi");
		assertThat(again).noneMatch(l -> l.item().equals(item));
	}
}
