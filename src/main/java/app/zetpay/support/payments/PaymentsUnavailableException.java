package app.zetpay.support.payments;

import org.springframework.http.HttpStatus;

import app.zetpay.support.shared.ProblemException;

/** The payments system did not answer (down, slow, or the circuit breaker is open). */
public class PaymentsUnavailableException extends ProblemException {

	public PaymentsUnavailableException(String detail) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "payments-unavailable", detail);
	}
}
