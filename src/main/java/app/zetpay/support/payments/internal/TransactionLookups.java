package app.zetpay.support.payments.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.identity.CustomerVisibility;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Sql;

/**
 * Staff see a customer's transactions only while the customer is in a chat or ticket they can see
 * (asked of every {@link CustomerVisibility}), and every look-up, allowed or not, is kept with who,
 * whose and when, and logged: transactions are the most private thing this service shows.
 */
@Service
public class TransactionLookups {

	private static final Logger log = LoggerFactory.getLogger(TransactionLookups.class);

	private final List<CustomerVisibility> visibility;
	private final JdbcClient jdbc;
	private final Clock clock;

	TransactionLookups(List<CustomerVisibility> visibility, JdbcClient jdbc, Clock clock) {
		this.visibility = List.copyOf(visibility);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the look-up and lets it through, or refuses it with 403.
	 *
	 * @param transactionId the one transaction asked for, or null for the list
	 */
	public void authorize(Caller.Staff staff, String customerId, @Nullable String transactionId) {
		var allowed = visibility.stream().anyMatch(v -> v.canSee(staff, customerId));
		jdbc.sql("""
				INSERT INTO transaction_lookup (staff_id, customer_id, transaction_id, allowed, looked_up_at)
				VALUES (:staff, :customer, :transaction, :allowed, :at)""")
				.param("staff", staff.id()).param("customer", customerId).param("transaction", transactionId)
				.param("allowed", allowed).param("at", Sql.utc(clock.instant())).update();
		log.info("Transactions of customer {}{} looked up by {}: {}", customerId,
				transactionId == null ? "" : " (" + transactionId + ")", staff.id(), allowed ? "allowed" : "refused");
		if (!allowed) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "customer-not-visible",
					"You can look up the transactions of customers in chats and tickets you can see.");
		}
	}
}
