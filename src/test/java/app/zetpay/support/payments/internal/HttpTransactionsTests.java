package app.zetpay.support.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.zetpay.support.payments.PaymentsUnavailableException;
import app.zetpay.support.payments.Transaction;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** The HTTP adapter against a payments API this test serves, healthy and not. */
class HttpTransactionsTests {

	static final String ONE = """
			{"id":"TXN1","userId":"u1","amount":1250.50,"currency":"INR","method":"UPI","status":"FAILED",
			 "debited":true,"counterparty":"shop@okaxis","occurredAt":"2026-11-26T06:00:00Z",
			 "failureReason":"Bank timeout","errorCode":"U30"}""";

	HttpServer server;
	final AtomicInteger calls = new AtomicInteger();
	volatile int status = 200;
	volatile long delayMillis;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/users/", exchange -> {
			calls.incrementAndGet();
			try {
				Thread.sleep(delayMillis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			var path = exchange.getRequestURI().getPath();
			var body = path.endsWith("/transactions") ? "{\"transactions\":[" + ONE + "]}"
					: path.endsWith("/TXN1") ? ONE : null;
			var code = body == null && status == 200 ? 404 : status;
			var bytes = (body == null || code != 200 ? "{}" : body).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(code, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	HttpTransactions adapter(String baseUrl) {
		// Generous against a busy machine; the slow-server test waits longer still.
		return new HttpTransactions(new PaymentsProperties("http", baseUrl, "key", Duration.ofSeconds(2),
				Duration.ofSeconds(2), 50, Duration.ofMinutes(1)));
	}

	String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@Test
	void readsTransactions() {
		var payments = adapter(base());

		var found = payments.find("u1", "TXN1");

		assertThat(found).hasValueSatisfying(t -> {
			assertThat(t.failedButDebited()).isTrue();
			assertThat(t.method()).isEqualTo(Transaction.Method.UPI);
		});
		assertThat(payments.recent("u1", 5)).extracting(Transaction::id).containsExactly("TXN1");
	}

	@Test
	void unknownTransactionsAndOtherUsersTransactionsAreEmpty() {
		var payments = adapter(base());

		assertThat(payments.find("u1", "NOPE")).isEmpty();
		assertThat(payments.find("someone-else", "TXN1")).as("a transaction of u1 is not someone else's").isEmpty();
	}

	@Test
	void repeatedFailuresOpenTheCircuitAndStopCalling() {
		var payments = adapter(base());
		status = 503;
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> payments.recent("u1", 5)).isInstanceOf(PaymentsUnavailableException.class);
		}
		var callsWhenOpened = calls.get();

		assertThatThrownBy(() -> payments.recent("u1", 5)).isInstanceOf(PaymentsUnavailableException.class)
				.hasMessageContaining("not answering");
		assertThat(payments.state()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(calls.get()).isEqualTo(callsWhenOpened);
	}

	@Test
	void aSlowSystemTimesOut() {
		var payments = adapter(base());
		delayMillis = 4_000;

		assertThatThrownBy(() -> payments.recent("u1", 5)).isInstanceOf(PaymentsUnavailableException.class);
	}

	@Test
	void withoutABaseUrlItSaysItIsNotConfigured() {
		assertThatThrownBy(() -> adapter("").recent("u1", 5)).isInstanceOf(PaymentsUnavailableException.class)
				.hasMessageContaining("not configured");
	}
}
