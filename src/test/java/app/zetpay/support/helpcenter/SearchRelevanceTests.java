package app.zetpay.support.helpcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import app.zetpay.support.testing.Api;
import app.zetpay.support.testing.IntegrationTest;

/**
 * Customers' own words find the right starting article in the top three: paraphrases with few
 * words in common with the article, payment jargon and a typo.
 */
@IntegrationTest
@Tag("embedded-only")
class SearchRelevanceTests {

	@Autowired
	Api api;

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource({
			"money gone but payment failed, upi-payment-failed-money-debited",
			"amount deducted from bank but transaction unsuccessful, upi-payment-failed-money-debited",
			"i forgot my upi pin, set-or-reset-upi-pin",
			"how long does a refund take, refund-timelines",
			"someone called asking for my otp, never-share-otp-pin-or-cvv",
			"mobile recharg faild but money cut, recharge-failed-money-deducted",
			// No word in common with the article: only search by meaning finds these.
			"my new card still has not come, zet-pay-card-not-arrived",
			"what is a vpa, link-a-bank-account-for-upi",
			"the shopkeeper never got my money, recipient-has-not-received-money" })
	void findsTheRightArticleInTheTopThree(String query, String expectedSlug) {
		var response = api.get("/api/support/faqs?limit=3&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null);
		var results = response.body();

		assertThat(results.valueStream().map(r -> r.get("slug").asString())).contains(expectedSlug);
		assertThat(results.valueStream().map(r -> r.get("title").asString())).allMatch(title -> !title.isBlank());
	}

	@Test
	void aSearchSaysWhereItsTimeWentInServerTiming() {
		var response = api.get("/api/support/faqs?limit=3&query=refund", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Server-Timing")).matches("(embed;dur=[0-9.]+, )?index;dur=[0-9.]+, "
				+ "resolve;dur=[0-9.]+, log;dur=[0-9.]+");
	}
}
