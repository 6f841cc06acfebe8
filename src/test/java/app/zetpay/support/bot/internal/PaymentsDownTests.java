package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.zetpay.support.chat.Handover;
import app.zetpay.support.payments.PaymentsUnavailableException;
import app.zetpay.support.payments.Transaction;
import app.zetpay.support.payments.Transactions;
import app.zetpay.support.tickets.RefundCases;

/** When the payments system does not answer, the bot must not guess a status: a person takes over. */
class PaymentsDownTests {

	final Transactions down = new Transactions() {

		@Override
		public Optional<Transaction> find(String userId, String transactionId) {
			throw new PaymentsUnavailableException("payments timed out");
		}

		@Override
		public List<Transaction> recent(String userId, int limit) {
			throw new PaymentsUnavailableException("payments timed out");
		}
	};

	final PaymentFlows flows = new PaymentFlows(down, new RefundCases() {

		@Override
		public RefundCase forFailedDebit(Transaction transaction) {
			throw new AssertionError("no ticket without a known transaction");
		}

		@Override
		public List<RefundCase> of(String customerId, int limit) {
			return List.of();
		}
	});

	@Test
	void theFailedPaymentFlowHandsOverInsteadOfGuessing() {
		var session = new BotSession("c1", "u1", null, null, "TXN1", 0, List.of(), List.of(), false, 0);

		var turn = flows.failedPayment(session);

		assertThat(turn.handOverFor()).isEqualTo(Handover.Cause.PAYMENTS_UNAVAILABLE);
		assertThat(turn.reason()).contains("payments system did not answer");
	}
}
