package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.zetpay.support.testing.FakeLanguageModel;

/** The optional phrasing by a language model, against an OpenAI-compatible endpoint on a local port. */
class LanguageModelPhrasingTests {

	static final FakeLanguageModel endpoint = FakeLanguageModel.start();

	static final String ARTICLE = "If a payment failed but your account was debited, the money comes back on its own "
			+ "within 5 working days. You can follow the refund in the ticket we open for you.";

	LanguageModelPhrasing phrasing;

	/** Hands out the article and counts the reads: a declined phrasing must not read it at all. */
	final AtomicInteger reads = new AtomicInteger();
	final Supplier<Optional<String>> article = () -> {
		reads.incrementAndGet();
		return Optional.of(ARTICLE);
	};

	@BeforeEach
	void freshClient() {
		endpoint.reset();
		phrasing = phrasing(Duration.ofSeconds(5), 4);
	}

	@AfterAll
	static void stop() {
		endpoint.close();
	}

	@Test
	void answersInTheModelsWordsGroundedInTheArticle() {
		endpoint.replies("Don't worry: a failed payment that was debited comes back by itself within 5 working days.");

		var answer = phrasing.phrase("my payment failed but money got debited", "Payment failed, money debited", article);

		assertThat(answer).contains("Don't worry: a failed payment that was debited comes back by itself within 5 working days.");
		assertThat(endpoint.requests()).singleElement().asString()
			.contains("using only the help-centre article", "Payment failed, money debited", "within 5 working days",
					"my payment failed but money got debited");
	}

	@Test
	void neverSendsACardNumberOrOtpTheCustomerTyped() {
		endpoint.replies("Your refund comes back within 5 working days.");

		phrasing.phrase("card 4111 1111 1111 1111 was charged, otp 482913", "Payment failed, money debited", article);

		assertThat(endpoint.requests()).singleElement().asString()
			.doesNotContain("4111 1111 1111 1111", "482913")
			.contains("411111******1111");
	}

	@Test
	void fallsBackWhenTheModelSaysTheArticleDoesNotAnswer() {
		endpoint.replies("NO_ANSWER");

		assertThat(phrasing.phrase("can I buy gold with Zet Pay?", "Payment failed, money debited", article)).isEmpty();
	}

	@Test
	void fallsBackOnAnEmptyOrOverlongAnswer() {
		endpoint.replies("   ");
		assertThat(phrasing.phrase("refund?", "Refunds", article)).isEmpty();

		endpoint.replies("x".repeat(LanguageModelPhrasing.MAX_ANSWER_CHARS + 1));
		assertThat(phrasing.phrase("refund?", "Refunds", article)).isEmpty();
	}

	@Test
	void fallsBackWhenTheEndpointFails() {
		endpoint.fails(500);

		assertThat(phrasing.phrase("refund?", "Refunds", article)).isEmpty();
	}

	@Test
	void fallsBackWhenTheModelIsSlowerThanTheTimeout() {
		var impatient = phrasing(Duration.ofMillis(300), 4);
		endpoint.replies("too late").takes(Duration.ofSeconds(3));

		long started = System.nanoTime();
		var answer = impatient.phrase("refund?", "Refunds", article);

		assertThat(answer).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void stopsAskingAFailingEndpointForAWhile() {
		endpoint.fails(503);
		for (int i = 0; i < 5; i++) {
			phrasing.phrase("refund?", "Refunds", article);
		}
		endpoint.replies("It comes back within 5 working days.");

		reads.set(0);
		assertThat(phrasing.phrase("refund?", "Refunds", article)).isEmpty();
		assertThat(endpoint.requests()).hasSize(5);
		assertThat(reads).hasValue(0);
	}

	@Test
	void answersPlainlyWhenAllPhrasingSlotsAreBusy() throws Exception {
		var single = phrasing(Duration.ofSeconds(5), 1);
		endpoint.replies("It comes back within 5 working days.").takes(Duration.ofMillis(1_500));
		var inFlight = new CountDownLatch(1);
		var first = CompletableFuture.supplyAsync(() -> {
			inFlight.countDown();
			return single.phrase("refund?", "Refunds", article);
		});
		inFlight.await();
		while (endpoint.requests().isEmpty()) {
			Thread.onSpinWait();
		}

		assertThat(single.phrase("where is my refund?", "Refunds", article)).isEmpty();
		assertThat(reads).as("only the call in flight read the article").hasValue(1);
		assertThat(first.get()).isEqualTo(Optional.of("It comes back within 5 working days."));
		assertThat(endpoint.requests()).hasSize(1);
	}

	private static LanguageModelPhrasing phrasing(Duration timeout, int maxConcurrent) {
		return LanguageModelPhrasing.of(new LanguageModelProperties(endpoint.baseUrl(), null, "test", timeout, maxConcurrent));
	}
}
