package app.zetpay.support.payments.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.payments.Transaction;
import app.zetpay.support.payments.Transactions;
import app.zetpay.support.payments.internal.TransactionLookups;
import app.zetpay.support.shared.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Transactions for the customer (their own) and for staff: those of a customer in a chat or ticket
 * they can see, each look-up audited ({@link TransactionLookups}).
 */
@RestController
@Validated
@Tag(name = "Payments")
class TransactionController {

	private final Transactions transactions;
	private final TransactionLookups lookups;

	TransactionController(Transactions transactions, TransactionLookups lookups) {
		this.transactions = transactions;
		this.lookups = lookups;
	}

	@GetMapping("/api/payments/transactions")
	@Operation(summary = "My recent transactions, newest first")
	List<Transaction> mine(@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit,
			@AuthenticationPrincipal Caller caller) {
		if (!(caller instanceof Caller.Customer customer)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "customers-only", "Agents look up a customer's instead.");
		}
		return transactions.recent(customer.userId(), limit);
	}

	@GetMapping("/api/agents/customers/{userId}/transactions")
	@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
	@Operation(summary = "A customer's recent transactions, for the agent console",
			description = "Only for a customer in a chat or ticket the caller can see (else 403); audited.")
	List<Transaction> customers(@PathVariable @Size(max = 128) String userId,
			@RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit, @AuthenticationPrincipal Caller.Staff staff) {
		lookups.authorize(staff, userId, null);
		return transactions.recent(userId, limit);
	}

	@GetMapping("/api/agents/customers/{userId}/transactions/{transactionId}")
	@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
	Transaction one(@PathVariable @Size(max = 128) String userId, @PathVariable @Size(max = 80) String transactionId,
			@AuthenticationPrincipal Caller.Staff staff) {
		lookups.authorize(staff, userId, transactionId);
		return transactions.find(userId, transactionId)
				.orElseThrow(() -> ProblemException.notFound("Transaction " + transactionId));
	}
}
