package app.zetpay.support.bot.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.shared.AfterCommit;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.Sql;

/**
 * The handover rules as admins set them, in the database so that every node applies the same ones;
 * the {@code support.bot.*} properties until an admin first saves. Each node keeps them in memory
 * rather than reading the row on every customer message: the node that saves applies the change from
 * its commit on, the others at their next poll, which rides the bot's model poll
 * ({@code support.bot.model-poll}, 5 s). A rule change is rare and a few seconds late is harmless;
 * a read per message on the busiest path is not free.
 */
@Service
public class HandoverSettings {

	private static final Logger log = LoggerFactory.getLogger(HandoverSettings.class);

	private final JdbcClient jdbc;
	private final BotProperties properties;
	private final Clock clock;
	private volatile @Nullable HandoverRules cached;

	HandoverSettings(JdbcClient jdbc, BotProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** What an admin sends: the editable rules. */
	public record Change(double confidence, int misunderstandings, boolean upsetCustomer,
			@Nullable String urgentTeam) {
	}

	/** The rules this node applies now: from memory, loaded on first use. */
	public HandoverRules current() {
		var rules = cached;
		return rules != null ? rules : refresh();
	}

	/** Picks up another node's change; a failed read keeps the rules this node has. */
	@Scheduled(fixedDelayString = "${support.bot.model-poll:5s}")
	void poll() {
		try {
			refresh();
		}
		catch (DataAccessException e) {
			log.warn("Could not read the bot's handover rules; keeping the ones in memory: {}", e.getMessage());
		}
	}

	private HandoverRules refresh() {
		var rules = stored();
		cached = rules;
		return rules;
	}

	/** What is saved, read now: for the admin page and the team registry, never stale. */
	public HandoverRules stored() {
		return jdbc.sql("""
				SELECT confidence, misunderstandings, upset_customer, urgent_team, updated_by, updated_at
				FROM bot_handover_rules WHERE id = 1""")
				.query((rs, n) -> new HandoverRules(rs.getDouble("confidence"), rs.getInt("misunderstandings"),
						rs.getBoolean("upset_customer"), rs.getString("urgent_team"), rs.getString("updated_by"),
						Sql.instant(rs, "updated_at")))
				.optional().orElseGet(() -> HandoverRules.defaults(properties));
	}

	/** The current rules, or the properties' when the database cannot say (handing over after an error). */
	HandoverRules currentOrDefaults() {
		var rules = cached;
		if (rules != null) {
			return rules;
		}
		try {
			return refresh();
		}
		catch (DataAccessException e) {
			return HandoverRules.defaults(properties);
		}
	}

	/** @throws InvalidFieldException for a confidence outside 0–1 or misunderstandings outside 1–5 */
	@Transactional
	public HandoverRules save(Change change, String editor) {
		if (!(change.confidence() >= 0 && change.confidence() <= 1)) {
			throw new InvalidFieldException("confidence", "must be between 0 and 1");
		}
		if (change.misunderstandings() < 1 || change.misunderstandings() > HandoverRules.MAX_MISUNDERSTANDINGS) {
			throw new InvalidFieldException("misunderstandings",
					"must be between 1 and " + HandoverRules.MAX_MISUNDERSTANDINGS);
		}
		var team = change.urgentTeam() == null || change.urgentTeam().isBlank() ? null : change.urgentTeam().strip();
		if (team != null && team.length() > 64) {
			throw new InvalidFieldException("urgentTeam", "at most 64 characters");
		}
		var rules = new HandoverRules(change.confidence(), change.misunderstandings(), change.upsetCustomer(), team,
				editor, clock.instant());
		if (update(rules) == 0) {
			try {
				jdbc.sql("""
						INSERT INTO bot_handover_rules (id, confidence, misunderstandings, upset_customer, urgent_team,
						  updated_by, updated_at)
						VALUES (1, :confidence, :misunderstandings, :upset, :team, :by, :at)""")
						.params(params(rules)).update();
			}
			catch (DuplicateKeyException e) {
				update(rules); // another admin's first save got in between: the later one wins, as with updates
			}
		}
		AfterCommit.run(() -> cached = rules);
		return rules;
	}

	private int update(HandoverRules rules) {
		return jdbc.sql("""
				UPDATE bot_handover_rules SET confidence = :confidence, misunderstandings = :misunderstandings,
				  upset_customer = :upset, urgent_team = :team, updated_by = :by, updated_at = :at WHERE id = 1""")
				.params(params(rules)).update();
	}

	private static java.util.Map<String, @Nullable Object> params(HandoverRules rules) {
		var params = new java.util.HashMap<String, @Nullable Object>();
		params.put("confidence", rules.confidence());
		params.put("misunderstandings", rules.misunderstandings());
		params.put("upset", rules.upsetCustomer());
		params.put("team", rules.urgentTeam());
		params.put("by", rules.updatedBy());
		params.put("at", rules.updatedAt() == null ? null : Sql.utc(rules.updatedAt()));
		return params;
	}
}
