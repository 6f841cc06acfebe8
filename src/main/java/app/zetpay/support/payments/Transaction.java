package app.zetpay.support.payments;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A payment as support sees it. {@code debited} tells a failed payment that still took money. */
public record Transaction(String id, String userId, BigDecimal amount, String currency, Method method, Status status,
		boolean debited, @Nullable String counterparty, Instant occurredAt, @Nullable String failureReason,
		@Nullable String errorCode) {

	public enum Method {
		UPI, CARD, WALLET, NETBANKING
	}

	public enum Status {
		SUCCESS, PENDING, FAILED, REFUNDED
	}

	/** The case support cares most about: the payment failed but the money left the account. */
	public boolean failedButDebited() {
		return status == Status.FAILED && debited;
	}
}
