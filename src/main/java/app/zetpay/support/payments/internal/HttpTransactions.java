package app.zetpay.support.payments.internal;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.zetpay.support.payments.PaymentsUnavailableException;
import app.zetpay.support.payments.Transaction;
import app.zetpay.support.payments.Transactions;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * The payments system over HTTP: {@code GET {base}/users/{userId}/transactions?limit=n} and
 * {@code GET {base}/users/{userId}/transactions/{id}}. Timeouts bound every call, and a circuit
 * breaker stops calling a system that keeps failing, so a payments outage makes support say
 * "can't check right now" quickly instead of hanging every chat.
 */
@Component
@ConditionalOnProperty(name = "support.payments.adapter", havingValue = "http")
class HttpTransactions implements Transactions {

	private final RestClient http;
	private final CircuitBreaker breaker;
	private final boolean configured;

	HttpTransactions(PaymentsProperties properties) {
		this.configured = properties.baseUrl() != null && !properties.baseUrl().isBlank();
		var client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
		var factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(properties.readTimeout());
		var builder = RestClient.builder().requestFactory(factory)
				.baseUrl(configured ? properties.baseUrl() : "http://localhost");
		if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey());
		}
		this.http = builder.build();
		this.breaker = CircuitBreaker.of("payments", CircuitBreakerConfig.custom()
				.slidingWindowSize(10).minimumNumberOfCalls(5)
				.failureRateThreshold(properties.failureThreshold())
				.waitDurationInOpenState(properties.openFor())
				.permittedNumberOfCallsInHalfOpenState(2)
				// A 404 is an answer, not a failure of the payments system.
				.ignoreExceptions(HttpClientErrorException.NotFound.class)
				.build());
	}

	record TransactionList(List<Transaction> transactions) {
	}

	@Override
	public Optional<Transaction> find(String userId, String transactionId) {
		try {
			var found = call(() -> http.get().uri("/users/{user}/transactions/{id}", userId, transactionId).retrieve()
					.body(Transaction.class));
			return Optional.ofNullable(found).filter(t -> t.userId().equals(userId));
		}
		catch (HttpClientErrorException.NotFound e) {
			return Optional.empty();
		}
	}

	@Override
	public List<Transaction> recent(String userId, int limit) {
		var list = call(() -> http.get().uri("/users/{user}/transactions?limit={limit}", userId, limit).retrieve()
				.body(TransactionList.class));
		return list == null ? List.of() : list.transactions().stream().filter(t -> t.userId().equals(userId)).toList();
	}

	CircuitBreaker.State state() {
		return breaker.getState();
	}

	private <T> T call(Supplier<T> request) {
		if (!configured) {
			throw new PaymentsUnavailableException("The payments system is not configured (SUPPORT_PAYMENTS_BASE_URL).");
		}
		try {
			return breaker.executeSupplier(request);
		}
		catch (CallNotPermittedException e) {
			throw new PaymentsUnavailableException("The payments system is not answering; we will retry shortly.");
		}
		catch (HttpClientErrorException.NotFound e) {
			throw e;
		}
		catch (RestClientException e) {
			throw new PaymentsUnavailableException("The payments system could not be reached: " + summary(e));
		}
	}

	private static String summary(RestClientException e) {
		if (e instanceof org.springframework.web.client.HttpStatusCodeException status) {
			HttpStatusCode code = status.getStatusCode();
			return "HTTP " + code.value();
		}
		return e.getClass().getSimpleName();
	}
}
