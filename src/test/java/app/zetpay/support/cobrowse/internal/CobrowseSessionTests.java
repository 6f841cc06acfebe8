package app.zetpay.support.cobrowse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import app.zetpay.support.cobrowse.internal.CobrowseSession.EndReason;
import app.zetpay.support.cobrowse.internal.CobrowseSession.State;
import app.zetpay.support.shared.ProblemException;

class CobrowseSessionTests {

	static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

	static CobrowseSession requested() {
		return CobrowseSession.requested("cnv_1", "agt_1", "Agent", "cust-1", T0);
	}

	@Test
	void aRequestIsOpenButSharesNothing() {
		var session = requested();

		assertThat(session.state()).isEqualTo(State.REQUESTED);
		assertThat(session.state().isOpen()).isTrue();
		assertThat(session.shared(T0.plusSeconds(60))).isEqualTo(Duration.ZERO);
	}

	@Test
	void acceptingStartsTheSharingClock() {
		var active = requested().accepted(T0.plusSeconds(5));

		assertThat(active.state()).isEqualTo(State.ACTIVE);
		assertThat(active.shared(T0.plusSeconds(65))).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void declineIsFinalAndRecordsTheCustomer() {
		var declined = requested().declined(T0.plusSeconds(5));

		assertThat(declined.state()).isEqualTo(State.DECLINED);
		assertThat(declined.endedBy()).isEqualTo("cust-1");
		assertThatThrownBy(() -> declined.accepted(T0.plusSeconds(6))).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> declined.ended(T0.plusSeconds(6), null, EndReason.MAX_DURATION))
				.isInstanceOf(ProblemException.class);
	}

	@Test
	void anEndedSessionCannotBeAcceptedOrEndedAgain() {
		var ended = requested().accepted(T0.plusSeconds(5)).ended(T0.plusSeconds(10), "agt_1", EndReason.ENDED_BY_AGENT);

		assertThat(ended.state()).isEqualTo(State.ENDED);
		assertThat(ended.endReason()).isEqualTo(EndReason.ENDED_BY_AGENT);
		assertThat(ended.shared(T0.plusSeconds(100))).isEqualTo(Duration.ofSeconds(5));
		assertThatThrownBy(() -> ended.accepted(T0.plusSeconds(11))).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> ended.ended(T0.plusSeconds(11), null, EndReason.CHAT_CLOSED))
				.isInstanceOf(ProblemException.class);
	}

	@Test
	void anAcceptedSessionCannotBeAnsweredAgain() {
		var active = requested().accepted(T0.plusSeconds(5));

		assertThatThrownBy(() -> active.accepted(T0.plusSeconds(6))).isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> active.declined(T0.plusSeconds(6))).isInstanceOf(ProblemException.class);
	}

	@Test
	void anUnansweredRequestCanEnd() {
		var lapsed = requested().ended(T0.plusSeconds(120), null, EndReason.NOT_ANSWERED);

		assertThat(lapsed.state()).isEqualTo(State.ENDED);
		assertThat(lapsed.endedBy()).isNull();
		assertThat(lapsed.shared(T0.plusSeconds(200))).isEqualTo(Duration.ZERO);
	}
}
