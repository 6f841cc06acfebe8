package app.zetpay.support.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import app.zetpay.support.payments.Transaction;
import app.zetpay.support.payments.Transactions;

/**
 * The embedded default's payments system: every customer has a plausible, stable history (the same
 * user id always gets the same transactions), including one UPI payment that failed but was
 * debited, so the bot and the console can be tried end to end.
 */
@Component
@ConditionalOnProperty(name = "support.payments.adapter", havingValue = "demo", matchIfMissing = true)
class DemoTransactions implements Transactions {

	private static final String[][] MERCHANTS = { { "Fresh Basket", "freshbasket@okhdfc" },
			{ "City Electricity Board", "cityeb@oksbi" }, { "Metro Recharge", "metro@ybl" },
			{ "Chai Point", "chaipoint@okaxis" }, { "Ravi Kumar", "ravi.k@okicici" }, { "BookMyTrip", "bmt@okaxis" } };
	private static final int HISTORY = 8;

	private final Clock clock;

	DemoTransactions(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Optional<Transaction> find(String userId, String transactionId) {
		return history(userId).stream().filter(t -> t.id().equals(transactionId)).findFirst();
	}

	@Override
	public List<Transaction> recent(String userId, int limit) {
		return history(userId).stream().limit(Math.max(0, limit)).toList();
	}

	private List<Transaction> history(String userId) {
		var random = new Random(userId.hashCode());
		var now = clock.instant();
		var result = new ArrayList<Transaction>(HISTORY);
		for (int i = 0; i < HISTORY; i++) {
			var merchant = MERCHANTS[random.nextInt(MERCHANTS.length)];
			var amount = BigDecimal.valueOf(50 + random.nextInt(4950)).add(BigDecimal.valueOf(random.nextInt(100), 2));
			var when = now.minus(Duration.ofHours(6L * i + random.nextInt(5) + 1));
			var id = "DEMO" + Integer.toHexString(userId.hashCode() & 0xfffffff).toUpperCase() + "%02d".formatted(i);
			if (i == 1) {
				result.add(new Transaction(id, userId, amount, "INR", Transaction.Method.UPI, Transaction.Status.FAILED,
						true, merchant[1], when, "Beneficiary bank did not respond", "U30"));
			}
			else if (i == 4) {
				result.add(new Transaction(id, userId, amount, "INR", Transaction.Method.CARD, Transaction.Status.REFUNDED,
						true, merchant[0], when, null, null));
			}
			else {
				result.add(new Transaction(id, userId, amount, "INR",
						i % 3 == 0 ? Transaction.Method.WALLET : Transaction.Method.UPI, Transaction.Status.SUCCESS, true,
						merchant[1], when, null, null));
			}
		}
		return result;
	}
}
