package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.zetpay.support.chat.BotChannel;
import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.ConversationStatus;

/** The rules that send a customer to a person whatever the intent model thinks, and the summary. */
class HandoverRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "agent", "Human please", "I want to talk to someone", "can I speak with a real person",
			"connect me to customer care executive", "you are a bot, I want a representative", "call me back",
			"AGENT!!", "let me talk to support" })
	void asksForAPerson(String text) {
		assertThat(HumanRequest.isAsked(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "my payment failed", "how do I change my UPI PIN", "the agent at the shop said it failed?",
			"personal loan offers", "what is the humane society" })
	void doesNotMistakeOtherQuestionsForAskingForAPerson(String text) {
		assertThat(HumanRequest.isAsked(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "This is the WORST app, you are useless cheats!!!", "you people are pathetic thieves",
			"I AM VERY ANGRY MY MONEY IS GONE", "totally useless service, I will go to consumer court" })
	void hearsAnger(String text) {
		assertThat(Sentiment.isAngry(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "my payment failed but money was debited", "this is the worst day, my card is lost",
			"I want to raise a complaint", "Why is my refund not here yet?", "UPI" })
	void doesNotCallAnUnhappyQuestionAngry(String text) {
		assertThat(Sentiment.isAngry(text)).isFalse();
	}

	@Test
	void theSummaryGivesTheAgentReasonIntentsWhatWasSaidTransactionAndScreen() {
		var session = new BotSession("c1", "u1", "failed payment", null, "TXN42", 0, List.of(), List.of(), false, 0);
		session.detected("failed_payment", 0.91);
		session.told("asked which of 5 recent transactions");
		var conversation = new BotChannel.BotConversation(new ConversationId("cnv_0123456789abcdef0123456789abcdef"),
				"u1", "Meera", ConversationStatus.BOT, null, null, "upi_payment", "U30");

		var summary = TriageBot.summary(conversation, session, "The customer asked for a person");

		assertThat(summary).contains("The customer asked for a person").contains("failed_payment (0.91)")
				.contains("Flow: failed payment").contains("asked which of 5 recent transactions")
				.contains("Transaction: TXN42").contains("screen upi_payment, error U30");
	}
}
