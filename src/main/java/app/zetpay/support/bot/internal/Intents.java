package app.zetpay.support.bot.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.bot.BotFlow;
import app.zetpay.support.bot.intent.TrainingExample;
import app.zetpay.support.shared.Sql;

/** Intents and their example utterances. */
@Repository
class Intents {

	private static final String COLUMNS = """
			i.name, i.description, i.article_slug, i.flow, i.team, i.created_at, i.updated_at,
			(SELECT COUNT(*) FROM bot_example e WHERE e.intent_name = i.name) AS examples""";

	private final JdbcClient jdbc;

	Intents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How an utterance is compared for duplicates: case and runs of whitespace do not count. */
	static String key(String utterance) {
		return utterance.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM bot_intent").query(Long.class).single();
	}

	List<IntentAdministration.Intent> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM bot_intent i ORDER BY i.name").query(Intents::intent).list();
	}

	Optional<IntentAdministration.Intent> find(String name) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM bot_intent i WHERE i.name = :name")
				.param("name", name).query(Intents::intent).optional();
	}

	Set<String> names() {
		return new HashSet<>(jdbc.sql("SELECT name FROM bot_intent").query(String.class).list());
	}

	List<String> examples(String name) {
		return jdbc.sql("SELECT utterance FROM bot_example WHERE intent_name = :name ORDER BY id")
				.param("name", name).query(String.class).list();
	}

	Set<String> exampleKeys(String name) {
		return new HashSet<>(jdbc.sql("SELECT utterance_key FROM bot_example WHERE intent_name = :name")
				.param("name", name).query(String.class).list());
	}

	/** Every example of the intents that have at least {@code minimum} of them. */
	List<TrainingExample> trainingExamples(int minimum) {
		return jdbc.sql("""
				SELECT e.utterance, e.intent_name FROM bot_example e
				WHERE (SELECT COUNT(*) FROM bot_example c WHERE c.intent_name = e.intent_name) >= :minimum
				ORDER BY e.intent_name, e.id""")
				.param("minimum", minimum)
				.query((rs, n) -> new TrainingExample(rs.getString(1), rs.getString(2))).list();
	}

	/** Creates the intent unless it exists (another node may be seeding too); true when created. */
	boolean insert(String name, String description, @Nullable String articleSlug, @Nullable BotFlow flow,
			@Nullable String team, Instant at) {
		return jdbc.sql("""
				INSERT INTO bot_intent (name, description, article_slug, flow, team, created_at, updated_at)
				VALUES (:name, :description, :slug, :flow, :team, :at, :at) ON CONFLICT DO NOTHING""")
				.param("name", name).param("description", description).param("slug", articleSlug).param("team", team)
				.param("flow", flow == null ? null : flow.name()).param("at", Sql.utc(at))
				.update() == 1;
	}

	void update(String name, String description, @Nullable String articleSlug, @Nullable BotFlow flow,
			@Nullable String team, Instant at) {
		jdbc.sql("""
				UPDATE bot_intent SET description = :description, article_slug = :slug, flow = :flow, team = :team,
				  updated_at = :at
				WHERE name = :name""")
				.param("name", name).param("description", description).param("slug", articleSlug).param("team", team)
				.param("flow", flow == null ? null : flow.name()).param("at", Sql.utc(at))
				.update();
	}

	void touch(String name, Instant at) {
		jdbc.sql("UPDATE bot_intent SET updated_at = :at WHERE name = :name")
				.param("name", name).param("at", Sql.utc(at)).update();
	}

	/** Adds the utterances not yet among the intent's examples; returns how many were added. */
	int addExamples(String name, Collection<String> utterances) {
		var known = exampleKeys(name);
		var added = new ArrayList<String>();
		for (var utterance : utterances) {
			if (known.add(key(utterance))) {
				added.add(utterance.strip());
			}
		}
		for (var utterance : added) {
			jdbc.sql("""
					INSERT INTO bot_example (intent_name, utterance, utterance_key) VALUES (:name, :utterance, :key)
					ON CONFLICT DO NOTHING""")
					.param("name", name).param("utterance", utterance).param("key", key(utterance)).update();
		}
		return added.size();
	}

	void removeExamples(String name) {
		jdbc.sql("DELETE FROM bot_example WHERE intent_name = :name").param("name", name).update();
	}

	/** How many intents give their chats to {@code team}. */
	long countForTeam(String team) {
		return jdbc.sql("SELECT COUNT(*) FROM bot_intent WHERE team = :team").param("team", team).query(Long.class)
				.single();
	}

	boolean delete(String name) {
		return jdbc.sql("DELETE FROM bot_intent WHERE name = :name").param("name", name).update() == 1;
	}

	private static IntentAdministration.Intent intent(ResultSet rs, int row) throws SQLException {
		var flow = rs.getString("flow");
		return new IntentAdministration.Intent(rs.getString("name"), rs.getString("description"),
				rs.getString("article_slug"), flow == null ? null : BotFlow.valueOf(flow), rs.getInt("examples"),
				Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getString("team"));
	}
}
