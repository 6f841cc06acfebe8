package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimelineTests {

	@Test
	void messageIdsSortByTheMillisecondTheyWereMadeIn() {
		var earlier = Timeline.messageId(1_764_900_000_000L, new UUID(-1L, -1L));
		var later = Timeline.messageId(1_764_900_000_001L, new UUID(0L, 0L));

		assertThat(earlier).isLessThan(later);
	}

	@Test
	void messageIdsKeepTheShapeOfTheRandomOnesStoredBefore() {
		var id = Timeline.newMessageId();

		assertThat(id).hasSize(36).startsWith("msg_").matches("msg_[0-9a-f]{32}");
	}

	@Test
	void messageIdsMadeInTheSameMillisecondDiffer() {
		var ids = new HashSet<String>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(Timeline.messageId(1_764_900_000_000L, UUID.randomUUID()));
		}

		assertThat(ids).hasSize(10_000);
	}
}
