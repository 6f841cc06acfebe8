package app.zetpay.support.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;

import app.zetpay.support.testing.IntegrationTest;

/**
 * V40 brings the Hindi examples of bot/intents.yml to an installation whose intents were loaded
 * before them: to the built-in intents that exist, once, beside what the admins wrote.
 */
@IntegrationTest
class HindiExamplesMigrationTests {

	private static final String SCRIPT = "db/migration/V40__bot_hindi_examples.sql";

	@Autowired
	Intents intents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void addsTheHindiExamplesToAnIntentLoadedBeforeThemOnceAndLeavesTheRest() {
		var seed = StartingIntents.read().stream().filter(s -> s.name().equals("kyc")).findFirst().orElseThrow();
		intents.insert(seed.name(), seed.description(), seed.articleSlug(), seed.flow(), seed.team(), Instant.now());
		var before = jdbc.sql("SELECT utterance FROM bot_example WHERE intent_name = 'kyc'").query(String.class).list();
		try {
			// As an installation seeded before h19c: the English examples, one Hindi line an admin already added.
			intents.removeExamples("kyc");
			var english = seed.examples().subList(0, seed.examples().indexOf("kyc kaise complete kare"));
			intents.addExamples("kyc", english);
			intents.addExamples("kyc", List.of("  KYC kaise   complete kare "));

			runScript();
			runScript();

			// kyc has six Hindi examples; the one the admin wrote differently is not added again.
			var after = intents.examples("kyc");
			assertThat(after).hasSize(english.size() + 6).doesNotHaveDuplicates()
				.contains("KYC kaise   complete kare", "केवाईसी कैसे पूरा करें", "mera kyc verify nahi hua")
				.doesNotContain("kyc kaise complete kare");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM bot_example WHERE intent_name = 'not_an_intent'").query(Long.class)
				.single()).isZero();
		}
		finally {
			intents.removeExamples("kyc");
			intents.addExamples("kyc", before.isEmpty() ? seed.examples() : before);
		}
	}

	@Test
	void holdsExactlyTheHindiExamplesOfTheIntentsFile() throws Exception {
		var script = new ClassPathResource(SCRIPT).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var pairs = java.util.regex.Pattern.compile("SELECT name, '((?:[^']|'')*)', '(?:[^']|'')*' FROM bot_intent\\s+WHERE name = '([a-z_]+)'")
			.matcher(script).results().map(m -> m.group(2) + " | " + m.group(1).replace("''", "'")).toList();
		var file = StartingIntents.read().stream()
			.flatMap(s -> s.examples().stream().map(e -> s.name() + " | " + e)).toList();
		assertThat(pairs).hasSize(101).doesNotHaveDuplicates();
		assertThat(file).containsAll(pairs);
	}

	private void runScript() {
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPT));
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
