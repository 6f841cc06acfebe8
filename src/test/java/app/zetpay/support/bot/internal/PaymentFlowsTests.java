package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.zetpay.support.chat.QuickReply;
import app.zetpay.support.payments.Transaction;
import app.zetpay.support.payments.Transactions;
import app.zetpay.support.tickets.RefundCases;

/** The money flows' words: how a chat opened from a payment starts, and how amounts read. */
class PaymentFlowsTests {

	static final Instant WHEN = Instant.parse("2026-11-26T10:00:00Z");

	@Test
	void aChatOpenedFromAKnownPaymentGreetsAndSaysWhatHappenedToIt() {
		var flows = flows(List.of(payment("T1", Transaction.Status.SUCCESS)));

		var turn = flows.openedFrom(session("T1"));

		assertThat(turn.handOver()).isFalse();
		assertThat(turn.text()).startsWith("Hi, I'm the Zet Pay Assistant. Your ₹499 UPI payment")
			.contains("on 26 Nov 2026, 3:30 pm IST (T1) was successful");
	}

	@Test
	void aChatOpenedFromAnUnknownPaymentGreetsSaysSoAndOffersTheRecentOnes() {
		var flows = flows(List.of(payment("T1", Transaction.Status.SUCCESS), payment("T2", Transaction.Status.FAILED)));
		var session = session("TXN-ELSEWHERE");

		var turn = flows.openedFrom(session);

		assertThat(turn.handOver()).isFalse();
		assertThat(turn.text()).isEqualTo("Hi, I'm the Zet Pay Assistant. I couldn't find the payment TXN-ELSEWHERE "
				+ "on your account. Which payment do you need help with? Here are your latest ones:");
		assertThat(turn.quickReplies()).extracting(QuickReply::reply).containsExactly("T1", "T2", PaymentFlows.NOT_LISTED);
		assertThat(session.step).isEqualTo(BotSession.Step.CHOOSE_TRANSACTION);
	}

	@Test
	void aChatOpenedFromAnUnknownPaymentOfACustomerWithNoPaymentsGreetsAndAsksWhatWentWrong() {
		var session = session("TXN-ELSEWHERE");

		var turn = flows(List.of()).openedFrom(session);

		assertThat(turn.handOver()).isFalse();
		assertThat(turn.text()).startsWith("Hi, I'm the Zet Pay Assistant. I couldn't find the payment TXN-ELSEWHERE")
			.contains("Tell me in a few words what went wrong");
		assertThat(turn.quickReplies()).isEqualTo(PaymentFlows.STARTERS);
		assertThat(session.step).isNull();
	}

	@Test
	void askedAboutAFailedPaymentMidChatItApologisesAndOffersTheRecentOnes() {
		var turn = flows(List.of(payment("T1", Transaction.Status.FAILED))).failedPayment(session(null));

		assertThat(turn.text()).isEqualTo("Sorry about that. Which payment is it? Here are your latest ones:");
	}

	@ParameterizedTest
	@CsvSource({ "3862.8, '₹3,862.80'", "125000, '₹1,25,000'", "499.00, ₹499", "0.5, ₹0.50", "12345678.9, '₹1,23,45,678.90'" })
	void amountsReadTheWayIndianCustomersWriteThem(String amount, String expected) {
		var transaction = new Transaction("T1", "u1", new BigDecimal(amount), "INR", Transaction.Method.UPI,
				Transaction.Status.SUCCESS, true, null, Instant.parse("2026-11-26T10:00:00Z"), null, null);

		assertThat(PaymentFlows.money(transaction)).isEqualTo(expected);
	}

	private static BotSession session(String transactionId) {
		return new BotSession("c1", "u1", null, null, transactionId, 0, List.of(), List.of(), false, 0);
	}

	private static Transaction payment(String id, Transaction.Status status) {
		return new Transaction(id, "u1", new BigDecimal("499"), "INR", Transaction.Method.UPI, status, false,
				"shop@okaxis", WHEN, null, null);
	}

	/** The customer's payments, newest first; no refund ticket is ever needed here. */
	private static PaymentFlows flows(List<Transaction> payments) {
		return new PaymentFlows(new Transactions() {

			@Override
			public Optional<Transaction> find(String userId, String transactionId) {
				return payments.stream().filter(t -> t.id().equals(transactionId)).findFirst();
			}

			@Override
			public List<Transaction> recent(String userId, int limit) {
				return payments.stream().limit(limit).toList();
			}
		}, new RefundCases() {

			@Override
			public RefundCase forFailedDebit(Transaction transaction) {
				throw new AssertionError("no refund in these tests");
			}

			@Override
			public List<RefundCase> of(String customerId, int limit) {
				return List.of();
			}
		});
	}
}
