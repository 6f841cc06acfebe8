package app.zetpay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SenderBudgetTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void shouldHoldTheSenderBackForASlidingWindowAFifthLongerThanTheServers() {
		var budget = new SenderBudget(3, Duration.ofSeconds(10));
		for (long t = 0; t < 3; t++) {
			assertThat(budget.delay(t * SECOND)).isZero();
			budget.sent(t * SECOND);
		}

		assertThat(budget.delay(3 * SECOND)).isEqualTo(9 * SECOND); // the first send leaves the window at 12 s
		assertThat(budget.delay(12 * SECOND)).isZero();
	}
}
