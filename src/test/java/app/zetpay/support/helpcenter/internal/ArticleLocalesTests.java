package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLocalesTests {

	@Test
	void hindiInAnySpellingOfItsTagIsHindi() {
		assertThat(ArticleLocales.of("hi")).isEqualTo("hi");
		assertThat(ArticleLocales.of("hi-IN")).isEqualTo("hi");
		assertThat(ArticleLocales.of("HI_in")).isEqualTo("hi");
	}

	@Test
	void anAcceptLanguageListCountsByItsFirstLanguageTheHelpCentreHas() {
		assertThat(ArticleLocales.of("fr-FR,hi;q=0.8,en;q=0.5")).isEqualTo("hi");
		assertThat(ArticleLocales.of("en-IN,hi-IN;q=0.9")).isEqualTo("en");
	}

	@Test
	void nothingUnknownOrMalformedIsEnglish() {
		assertThat(ArticleLocales.of(null)).isEqualTo("en");
		assertThat(ArticleLocales.of(" ")).isEqualTo("en");
		assertThat(ArticleLocales.of("fr")).isEqualTo("en");
		assertThat(ArticleLocales.of(";;;q=x")).isEqualTo("en");
	}
}
