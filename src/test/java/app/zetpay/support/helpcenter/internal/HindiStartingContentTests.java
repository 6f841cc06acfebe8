package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.zetpay.support.testing.IntegrationTest;

/** The Hindi versions shipped with the starting content (issue 19). */
@IntegrationTest
class HindiStartingContentTests {

	private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

	@Autowired
	StartingContent content;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thirtyArticlesArePublishedInHindiBesideTheirUnchangedEnglishOnes() {
		var hindi = jdbc.sql("SELECT slug FROM help_article WHERE locale = 'hi' AND status = 'PUBLISHED'"
				+ " AND slug IN (SELECT slug FROM help_article WHERE locale = 'en')").query(String.class).list();
		assertThat(hindi).hasSizeGreaterThanOrEqualTo(30)
			.contains("upi-payment-failed-money-debited", "track-refund-status", "cant-log-in", "how-to-complete-kyc");
		// The English starting articles are all still there, as English.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM help_article WHERE locale = 'en' AND slug = 'track-refund-status'"
				+ " AND title = 'How to check the status of my refund'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void loadingAgainAddsNothing() {
		var before = jdbc.sql("SELECT COUNT(*) FROM help_article").query(Long.class).single();

		assertThat(content.loadTranslations()).isZero();

		assertThat(jdbc.sql("SELECT COUNT(*) FROM help_article").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void eachHindiFileIsDevanagariWithItsEnglishArticlesMarkdownShape() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		var files = resolver.getResources("classpath:helpcenter/articles/*.hi.md");
		assertThat(files).hasSize(30);
		for (var file : files) {
			var slug = file.getFilename().replace(".hi.md", "");
			var english = resolver.getResource("classpath:helpcenter/articles/" + slug + ".md");
			assertThat(english.exists()).as(slug).isTrue();
			var hindi = StartingContent.parseTranslation(slug, file.getContentAsString(StandardCharsets.UTF_8));
			var original = StartingContent.parse(slug, english.getContentAsString(StandardCharsets.UTF_8));
			assertThat(DEVANAGARI.matcher(hindi.title()).find()).as(slug + " title").isTrue();
			assertThat(hindi.questions()).as(slug + " questions").isNotEmpty();
			// Same headings, lists and emphasis: the same facts in the same places.
			assertThat(shape(hindi.body())).as(slug).isEqualTo(shape(original.body()));
			assertThat(count(hindi.body(), "**")).as(slug + " bold").isEqualTo(count(original.body(), "**"));
		}
	}

	private static List<String> shape(String markdown) {
		var shape = new ArrayList<String>();
		for (var line : markdown.split("\n")) {
			var indent = line.length() - line.stripLeading().length();
			if (line.matches("#+ .*")) {
				shape.add("h" + line.indexOf(' '));
			}
			else if (line.stripLeading().matches("\\d+\\. .*")) {
				shape.add("ol" + indent);
			}
			else if (line.stripLeading().startsWith("- ")) {
				shape.add("ul" + indent);
			}
		}
		return shape;
	}

	private static int count(String text, String what) {
		return text.split(Pattern.quote(what), -1).length - 1;
	}
}
