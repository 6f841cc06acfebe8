package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTests {

	@Test
	void searchesAreKeptTrimmedCollapsedAndLowerCased() {
		assertThat(SearchTerms.normalise("  UPI   Payment\t\tFailed\n ")).isEqualTo("upi payment failed");
		assertThat(SearchTerms.normalise("card\u00a0blocked")).isEqualTo("card blocked");
	}

	@Test
	void controlCharactersAreRemoved() {
		assertThat(SearchTerms.normalise("re\u0000fund\u001b[2J status\u0085")).isEqualTo("refund[2j status");
	}

	@Test
	void longSearchesAreCutWithoutSplittingACharacter() {
		var emoji = "\uD83D\uDCB8";
		var normalised = SearchTerms.normalise("a".repeat(99) + emoji + "tail");

		assertThat(normalised.codePointCount(0, normalised.length())).isEqualTo(SearchTerms.MAX_LENGTH);
		assertThat(normalised).endsWith(emoji);
		assertThat(SearchTerms.normalise("word ".repeat(60))).hasSizeLessThanOrEqualTo(SearchTerms.MAX_LENGTH);
	}
}
