package app.zetpay.support.helpcenter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import app.zetpay.support.testing.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The starting content's preparation at start; and two nodes starting together on a fresh database both load the starting content: neither may
 * fail because the other inserted an article between its look and its insert.
 */
@IntegrationTest
class StartingContentTests {

	@Autowired
	ArticleAdministration administration;

	@Autowired
	IndexKeeper index;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConfigurableListableBeanFactory beans;

	@Test
	void theStartingContentIsPreparedBesideTheRestOfTheContextAndReadyBeforeItIsUp() {
		// In the background: off a start's critical path (0.65 s of it on 2 cores, when it ran after).
		assertThat(beans.getBeanDefinition("startingContentPrepared"))
			.isInstanceOfSatisfying(AbstractBeanDefinition.class, definition -> assertThat(definition.isBackgroundInit()).isTrue());
		// And finished by the time the context is up (the runner that opens the index waits for it).
		assertThat(beans.containsSingleton("startingContentPrepared")).isTrue();
	}

	@Test
	void anArticleAnotherNodeInsertedAfterThisNodeLookedIsSkippedNotAFailure() {
		var slug = "starting-race-" + UUID.randomUUID();
		var draft = new ArticleAdministration.Draft(slug, "en", "upi-payments", "Qzx starting race probe",
				"Loaded by two nodes at once.", List.of(), List.of(), List.of(), List.of());
		try {
			// The other node's import, committed.
			assertThat(administration.importPublished(draft, "node-a")).isTrue();
			// This node looked before that commit, so it saw no article with the slug.
			var lookedTooEarly = new Articles(jdbc, json) {
				@Override
				Optional<Article> find(String idOrSlug) {
					return Optional.empty();
				}
			};
			var thisNode = new ArticleAdministration(lookedTooEarly, index, clock);

			Boolean imported = transactions.execute(status -> thisNode.importPublished(draft, "node-b"));
			assertThat(imported).isFalse();
			assertThat(jdbc.sql("""
					SELECT v.edited_by FROM help_article_version v JOIN help_article a ON a.id = v.article_id
					WHERE a.slug = :slug""").param("slug", slug).query(String.class).list())
					.containsExactly("node-a");
		}
		finally {
			jdbc.sql("DELETE FROM help_article WHERE slug = :slug").param("slug", slug).update();
		}
	}
}
