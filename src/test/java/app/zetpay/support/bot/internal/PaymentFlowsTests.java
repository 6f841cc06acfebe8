package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.zetpay.support.payments.Transaction;

/** How amounts read in the bot's messages: Indian digit grouping, paise only when there are some. */
class PaymentFlowsTests {

	@ParameterizedTest
	@CsvSource({ "3862.8, '₹3,862.80'", "125000, '₹1,25,000'", "499.00, ₹499", "0.5, ₹0.50", "12345678.9, '₹1,23,45,678.90'" })
	void amountsReadTheWayIndianCustomersWriteThem(String amount, String expected) {
		var transaction = new Transaction("T1", "u1", new BigDecimal(amount), "INR", Transaction.Method.UPI,
				Transaction.Status.SUCCESS, true, null, Instant.parse("2026-11-26T10:00:00Z"), null, null);

		assertThat(PaymentFlows.money(transaction)).isEqualTo(expected);
	}
}
