package app.zetpay.support.bot.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.bot.intent.ModelEvaluation;
import app.zetpay.support.shared.Sql;

import tools.jackson.databind.json.JsonMapper;

/** Trained model versions, kept in the database so every node serves the same active one. */
@Repository
class BotModels {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	BotModels(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<ModelVersion> all() {
		return jdbc.sql("""
				SELECT version, created_at, created_by, examples, intents, training_ms, validation_accuracy, active,
				  evaluation
				FROM bot_model ORDER BY version DESC""")
				.query((rs, n) -> new ModelVersion(rs.getLong("version"), Sql.instant(rs, "created_at"),
						rs.getString("created_by"), rs.getInt("examples"), rs.getInt("intents"), rs.getLong("training_ms"),
						rs.getObject("validation_accuracy") == null ? null : rs.getDouble("validation_accuracy"),
						rs.getBoolean("active"), evaluation(rs.getString("evaluation"))))
				.list();
	}

	private @Nullable ModelEvaluation evaluation(@Nullable String stored) {
		return stored == null ? null : json.readValue(stored, ModelEvaluation.class);
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM bot_model").query(Long.class).single();
	}

	/** Stores a new, not yet active version numbered one above the highest; returns its number. */
	long insert(Instant createdAt, String createdBy, int examples, int intents, long trainingMs,
			@Nullable ModelEvaluation evaluation, byte[] bytes) {
		var version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM bot_model").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO bot_model (version, created_at, created_by, examples, intents, training_ms,
				  validation_accuracy, evaluation, model_bytes, active)
				VALUES (:version, :at, :by, :examples, :intents, :ms, :accuracy, :evaluation, :bytes, FALSE)""")
				.param("version", version).param("at", Sql.utc(createdAt)).param("by", createdBy)
				.param("examples", examples).param("intents", intents).param("ms", trainingMs)
				.param("accuracy", evaluation == null ? null : evaluation.accuracy())
				.param("evaluation", evaluation == null ? null : json.writeValueAsString(evaluation)).param("bytes", bytes)
				.update();
		return version;
	}

	/** Makes one version the active one; false when there is no such version. */
	@Transactional
	boolean activate(long version) {
		var exists = jdbc.sql("SELECT COUNT(*) FROM bot_model WHERE version = :version").param("version", version)
				.query(Long.class).single() == 1;
		if (exists) {
			jdbc.sql("UPDATE bot_model SET active = (version = :version)").param("version", version).update();
		}
		return exists;
	}

	OptionalLong activeVersion() {
		return jdbc.sql("SELECT version FROM bot_model WHERE active = TRUE ORDER BY version DESC")
				.query(Long.class).list().stream().mapToLong(Long::longValue).findFirst();
	}

	Optional<byte[]> bytes(long version) {
		return jdbc.sql("SELECT model_bytes FROM bot_model WHERE version = :version").param("version", version)
				.query((rs, n) -> rs.getBytes(1)).optional();
	}
}
