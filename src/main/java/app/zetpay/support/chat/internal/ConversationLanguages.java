package app.zetpay.support.chat.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.CustomerLanguage;
import app.zetpay.support.chat.CustomerLanguages;
import app.zetpay.support.language.Language;
import app.zetpay.support.shared.Sql;

/** The conversation_language rows: one per conversation once anything is known of its language. */
@Repository
class ConversationLanguages implements CustomerLanguages {

	private final JdbcClient jdbc;

	ConversationLanguages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public CustomerLanguage of(ConversationId id) {
		return jdbc.sql("SELECT detected, preferred FROM conversation_language WHERE conversation_id = :id")
				.param("id", id.value())
				.query((rs, n) -> new CustomerLanguage(language(rs.getString(1)), language(rs.getString(2))))
				.optional().orElse(CustomerLanguage.UNKNOWN);
	}

	/** The language the customer's latest message was written in. */
	void detected(ConversationId id, Language language, Instant at) {
		write(id, "detected", language, at);
	}

	/** The customer's choice in the app; null clears it (the bot then follows their script). */
	void prefer(ConversationId id, @Nullable Language language, Instant at) {
		write(id, "preferred", language, at);
	}

	/** Update, else insert; a racing insert of the same row is followed by the update it lost. */
	private void write(ConversationId id, String column, @Nullable Language language, Instant at) {
		var tag = language == null ? null : language.tag();
		var update = "UPDATE conversation_language SET " + column + " = :tag, updated_at = :at WHERE conversation_id = :id";
		if (jdbc.sql(update).param("tag", tag).param("at", Sql.utc(at)).param("id", id.value()).update() > 0) {
			return;
		}
		var inserted = jdbc.sql("INSERT INTO conversation_language (conversation_id, " + column + ", updated_at)"
				+ " VALUES (:id, :tag, :at) ON CONFLICT DO NOTHING").param("id", id.value()).param("tag", tag)
				.param("at", Sql.utc(at)).update();
		if (inserted == 0) {
			jdbc.sql(update).param("tag", tag).param("at", Sql.utc(at)).param("id", id.value()).update();
		}
	}

	private static @Nullable Language language(@Nullable String tag) {
		return tag == null ? null : Language.ofTag(tag).orElse(null);
	}
}
