package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The built-in intents are well formed and link to articles that exist. */
class StartingIntentsTests {

	@Test
	void everyBuiltInIntentIsValidAndLinked() {
		var seeds = StartingIntents.read();
		assertThat(seeds).hasSizeBetween(12, 20);
		assertThat(seeds).extracting(StartingIntents.Seed::name).doesNotHaveDuplicates()
				.allMatch(name -> IntentAdministration.NAME.matcher(name).matches());
		for (var seed : seeds) {
			assertThat(seed.description()).as(seed.name()).isNotBlank();
			assertThat(seed.examples()).as(seed.name()).hasSizeGreaterThanOrEqualTo(10);
			var keys = new HashSet<String>();
			seed.examples().forEach(example -> assertThat(keys.add(Intents.key(example))).as(example).isTrue());
			if (seed.articleSlug() != null) {
				assertThat(new ClassPathResource("helpcenter/articles/" + seed.articleSlug() + ".md").exists())
						.as(seed.articleSlug()).isTrue();
			}
		}
		assertThat(seeds).extracting(StartingIntents.Seed::flow).contains(app.zetpay.support.bot.BotFlow.values());
	}
}
