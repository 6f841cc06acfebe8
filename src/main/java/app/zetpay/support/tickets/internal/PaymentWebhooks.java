package app.zetpay.support.tickets.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import app.zetpay.support.shared.ProblemException;

/** The payments webhook's gate: refuses everything while there is no secret. */
@Component
public class PaymentWebhooks {

	private final @Nullable WebhookSignature signature;

	PaymentWebhooks(WebhookSecret secret, TicketsProperties properties, Clock clock) {
		this.signature = secret.value()
			.map(value -> new WebhookSignature(value, properties.payments().tolerance(), clock))
			.orElse(null);
	}

	public void verify(@Nullable String timestamp, @Nullable String signatureHeader, byte[] body) {
		if (signature == null) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "webhook-not-configured",
					"The payments webhook has no secret configured (SUPPORT_PAYMENTS_WEBHOOK_SECRET).");
		}
		signature.verify(timestamp, signatureHeader, body);
	}
}
