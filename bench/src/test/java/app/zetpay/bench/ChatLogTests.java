package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A participant's view of a chat: applied in seq order whatever order the frames came in. */
class ChatLogTests {

	private final ChatLog log = new ChatLog();

	@Test
	void shouldApplyInOrderArrivalsAtOnce() {
		assertThat(log.arrive(message(1), 0)).isEqualTo(ChatLog.Arrival.APPLIED);
		assertThat(log.arrive(message(2), 0)).isEqualTo(ChatLog.Arrival.APPLIED);

		assertThat(log.lastSeq()).isEqualTo(2);
		assertThat(log.hasGap()).isFalse();
	}

	@Test
	void shouldHoldAMessageAheadOfAGapUntilTheGapIsFilled() {
		log.arrive(message(1), 0);
		assertThat(log.arrive(message(3), 100)).isEqualTo(ChatLog.Arrival.HELD);
		assertThat(log.lastSeq()).isEqualTo(1);
		assertThat(log.gapOlderThan(50, 120)).isFalse();
		assertThat(log.gapOlderThan(50, 150)).isTrue();

		assertThat(log.arrive(message(2), 200)).isEqualTo(ChatLog.Arrival.APPLIED);

		assertThat(log.applied()).extracting(ChatEntry::seq).containsExactly(1L, 2L, 3L);
		assertThat(log.hasGap()).isFalse();
	}

	@Test
	void shouldIgnoreAMessageSeenBeforeButReportAnotherUnderTheSameSeq() {
		log.arrive(message(1), 0);
		log.arrive(message(3), 0);

		assertThat(log.arrive(message(1), 0)).isEqualTo(ChatLog.Arrival.AGAIN);
		assertThat(log.arrive(message(3), 0)).isEqualTo(ChatLog.Arrival.AGAIN);
		assertThat(log.arrive(new ChatEntry(1, "other", "u", "CUSTOMER", "", ""), 0))
				.isEqualTo(ChatLog.Arrival.CONFLICT);
		assertThat(log.arrive(new ChatEntry(3, "other", "u", "CUSTOMER", "", ""), 0))
				.isEqualTo(ChatLog.Arrival.CONFLICT);
		assertThat(log.applied()).extracting(ChatEntry::id).containsExactly("msg_1");
	}

	private static ChatEntry message(long seq) {
		return new ChatEntry(seq, "msg_" + seq, "u", "CUSTOMER", "m" + seq, "text " + seq);
	}
}
