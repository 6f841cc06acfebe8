package app.zetpay.support.payments;

import java.util.List;
import java.util.Optional;

/**
 * Looks up a customer's transactions. Implementations throw {@link PaymentsUnavailableException}
 * when the payments system cannot answer, so callers can say so instead of guessing.
 */
public interface Transactions {

	/** The transaction, if it exists and belongs to this user. */
	Optional<Transaction> find(String userId, String transactionId);

	/** The user's latest transactions, newest first. */
	List<Transaction> recent(String userId, int limit);
}
