package app.zetpay.support.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;
import app.zetpay.support.chat.Handover;

/** The conversation's own state changes. */
class ConversationTests {

	static final Instant OPENED = Instant.parse("2025-06-01T10:00:00Z");

	@Test
	void aHandoverSummaryLongerThanTheNoteColumnIsCutToItWithAnEllipsis() {
		var summary = "a".repeat(1_999) + "bc";

		var queued = withTheBot().handedOver(null, Handover.of(Handover.Cause.ASKED_FOR_PERSON), summary, 3, OPENED.plusSeconds(60));

		// The column holds 2,000 characters: a longer note would fail the whole handover.
		assertThat(queued.handoverNote()).hasSize(2_000).startsWith("a".repeat(1_999)).endsWith("…");
	}

	@Test
	void aHandoverSummaryThatJustFitsIsKeptWhole() {
		var summary = "a".repeat(1_999) + "b";

		var queued = withTheBot().handedOver(null, Handover.of(Handover.Cause.ASKED_FOR_PERSON), summary, 3, OPENED.plusSeconds(60));

		assertThat(queued.handoverNote()).isEqualTo(summary);
	}

	@Test
	void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
		// The summary quotes the customer, who may write emoji: two chars each in Java strings.
		var summary = "a".repeat(1_998) + "😡 and more";

		var note = withTheBot().handedOver(null, Handover.of(Handover.Cause.ASKED_FOR_PERSON), summary, 3, OPENED.plusSeconds(60)).handoverNote();

		assertThat(note).isEqualTo("a".repeat(1_998) + "…");
	}

	@Test
	void aRequeueWithoutANoteKeepsTheBotsHandoverSummaryForTheNextAgentAndOneWithANoteReplacesIt() {
		var assigned = withTheBot().handedOver(null, Handover.of(Handover.Cause.FAILED_PAYMENT), "Bot summary", 3,
				OPENED.plusSeconds(60)).assignedTo("agt_1", null, 4, OPENED.plusSeconds(90));

		// An agent going offline, or a transfer to a team from the console (its note is a private note).
		var withoutNote = assigned.requeued("payments", null, 5, OPENED.plusSeconds(120));
		var withNote = assigned.requeued("payments", "Needs the bank's reply", 5, OPENED.plusSeconds(120));

		assertThat(withoutNote.handoverNote()).isEqualTo("Bot summary");
		assertThat(withNote.handoverNote()).isEqualTo("Needs the bank's reply");
	}

	@Test
	void theHandoverCauseStaysWithTheConversationWhenAnAgentTakesItAndEndsWhenItGoesBackToTheBot() {
		var fraud = Handover.of(Handover.Cause.SUSPECTED_FRAUD);

		var queued = withTheBot().handedOver("fraud", fraud, "summary", 3, OPENED.plusSeconds(60));
		var assigned = queued.assignedTo("agt_1", null, 4, OPENED.plusSeconds(90));
		var back = assigned.handedBack(5, OPENED.plusSeconds(120));

		assertThat(queued.handover()).isEqualTo(new Handover(Handover.Cause.SUSPECTED_FRAUD, Handover.Priority.URGENT));
		assertThat(assigned.handover()).isEqualTo(fraud);
		assertThat(back.handover()).isNull();
	}

	@Test
	void anAgentJoinsAtTheMessageThatAssignedThem() {
		var queued = withTheBot().handedOver(null, Handover.of(Handover.Cause.UPSET_CUSTOMER), "s", 3, OPENED);

		var assigned = queued.assignedTo("agt_1", null, 4, OPENED.plusSeconds(30));
		var transferred = assigned.advancedTo(9, OPENED.plusSeconds(60)).assignedTo("agt_2", "over to you", 10,
				OPENED.plusSeconds(90));

		assertThat(queued.assignedSeq()).isZero();
		assertThat(assigned.assignedSeq()).isEqualTo(4);
		assertThat(transferred.assignedSeq()).isEqualTo(10);
	}

	/** A conversation the bot is answering, as it is before a handover. */
	static Conversation withTheBot() {
		return new Conversation(ConversationId.generate(), "customer-1", "Meera", ConversationStatus.BOT, null, null,
				null, null, null, null, 2, OPENED, OPENED, null, null, 0);
	}
}
