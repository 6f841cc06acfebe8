package app.zetpay.support.tickets.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.tickets.internal.PaymentIncidents;
import app.zetpay.support.tickets.internal.PaymentWebhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events from the payments system, signed with a shared secret rather than a user's token. The
 * body is read raw: the signature covers the exact bytes sent.
 */
@RestController
@Tag(name = "Integrations")
class PaymentWebhookController {

	private final PaymentWebhooks webhooks;
	private final PaymentIncidents incidents;
	private final JsonMapper json;

	PaymentWebhookController(PaymentWebhooks webhooks, PaymentIncidents incidents, JsonMapper json) {
		this.webhooks = webhooks;
		this.incidents = incidents;
		this.json = json;
	}

	@PostMapping(path = "/api/integrations/payments/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "payment.failed_debited → one HIGH ticket per transaction; payment.refunded / "
			+ "payment.succeeded → resolves it", description = "Headers X-Zetpay-Timestamp (Unix seconds) and "
					+ "X-Zetpay-Signature: sha256=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\">.")
	ResponseEntity<Map<String, Object>> receive(@RequestBody byte[] body,
			@RequestHeader(name = "X-Zetpay-Timestamp", required = false) @Nullable String timestamp,
			@RequestHeader(name = "X-Zetpay-Signature", required = false) @Nullable String signature) {
		webhooks.verify(timestamp, signature, body);
		var event = parse(body);
		var type = required(event, "type");
		var outcome = switch (type) {
			case "payment.failed_debited" -> incidents.failedDebit(new PaymentIncidents.FailedDebit(
					required(event, "eventId"), required(event, "userId"), required(event, "transactionId"),
					optional(event, "pspTransactionId"), amount(event), currency(event), optional(event, "method"),
					optional(event, "recipientUpiId"), optional(event, "failureReason"), optional(event, "errorCode"),
					instant(event, "occurredAt")));
			case "payment.refunded", "payment.succeeded" -> incidents.settled(required(event, "eventId"), type,
					required(event, "transactionId"), event.has("amount") ? amount(event) : null,
					event.has("currency") ? currency(event) : null);
			default -> null;
		};
		var response = new LinkedHashMap<String, Object>();
		if (outcome == null) {
			response.put("ignored", "Unknown event type " + type);
			return ResponseEntity.ok(response);
		}
		response.put("ticketId", outcome.ticketId());
		response.put("ticketNumber", outcome.ticketNumber());
		response.put("refundEta", outcome.refundEta());
		response.put("status", outcome.status());
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(response);
	}

	private JsonNode parse(byte[] body) {
		try {
			var node = json.readTree(body);
			if (node == null || !node.isObject()) {
				throw ProblemException.badRequest("malformed-request", "The event must be a JSON object.");
			}
			return node;
		}
		catch (JacksonException e) {
			throw ProblemException.badRequest("malformed-request", "The event is not valid JSON.");
		}
	}

	private static String required(JsonNode event, String field) {
		var value = optional(event, field);
		if (value == null) {
			throw new InvalidFieldException(field, "is required");
		}
		if (value.length() > 80) {
			throw new InvalidFieldException(field, "must be at most 80 characters");
		}
		return value;
	}

	private static @Nullable String optional(JsonNode event, String field) {
		var node = event.path(field);
		return node.isString() && !node.asString().isBlank() ? node.asString().strip()
				: node.isNumber() ? node.asString() : null;
	}

	private static BigDecimal amount(JsonNode event) {
		var node = event.path("amount");
		try {
			var amount = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString());
			if (amount.signum() <= 0 || amount.scale() > 2) {
				throw new InvalidFieldException("amount", "must be positive with at most two decimals");
			}
			return amount;
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("amount", "must be a number");
		}
	}

	private static String currency(JsonNode event) {
		var currency = required(event, "currency");
		if (!currency.matches("[A-Z]{3}")) {
			throw new InvalidFieldException("currency", "must be an ISO 4217 code such as INR");
		}
		return currency;
	}

	private static Instant instant(JsonNode event, String field) {
		try {
			return Instant.parse(required(event, field));
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(field, "must be an ISO-8601 instant such as 2026-11-26T10:15:30Z");
		}
	}
}
