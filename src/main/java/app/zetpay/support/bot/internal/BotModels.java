package app.zetpay.support.bot.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.shared.Sql;

/** Trained model versions, kept in the database so every node serves the same active one. */
@Repository
class BotModels {

	private final JdbcClient jdbc;

	BotModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ModelVersion> all() {
		return jdbc.sql("""
				SELECT version, created_at, created_by, examples, intents, training_ms, validation_accuracy, active
				FROM bot_model ORDER BY version DESC""")
				.query((rs, n) -> new ModelVersion(rs.getLong("version"), Sql.instant(rs, "created_at"),
						rs.getString("created_by"), rs.getInt("examples"), rs.getInt("intents"), rs.getLong("training_ms"),
						rs.getObject("validation_accuracy") == null ? null : rs.getDouble("validation_accuracy"),
						rs.getBoolean("active")))
				.list();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM bot_model").query(Long.class).single();
	}

	/** Stores a new, not yet active version numbered one above the highest; returns its number. */
	long insert(Instant createdAt, String createdBy, int examples, int intents, long trainingMs,
			@Nullable Double validationAccuracy, byte[] bytes) {
		var version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM bot_model").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO bot_model (version, created_at, created_by, examples, intents, training_ms,
				  validation_accuracy, model_bytes, active)
				VALUES (:version, :at, :by, :examples, :intents, :ms, :accuracy, :bytes, FALSE)""")
				.param("version", version).param("at", Sql.utc(createdAt)).param("by", createdBy)
				.param("examples", examples).param("intents", intents).param("ms", trainingMs)
				.param("accuracy", validationAccuracy).param("bytes", bytes)
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
