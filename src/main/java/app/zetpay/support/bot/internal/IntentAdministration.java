package app.zetpay.support.bot.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.bot.BotFlow;
import app.zetpay.support.bot.intent.TrainingCsv;
import app.zetpay.support.bot.intent.TrainingDataException;
import app.zetpay.support.bot.intent.TrainingExample;
import app.zetpay.support.identity.TeamName;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;

/** What admins do with intents: list, read, write, delete, and import labelled examples from CSV. */
@Service
public class IntentAdministration {

	static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,64}");
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	static final int MAX_EXAMPLES = 10_000;

	private final Intents intents;
	private final Clock clock;

	IntentAdministration(Intents intents, Clock clock) {
		this.intents = intents;
		this.clock = clock;
	}

	/**
	 * An intent with the number of its examples. {@code team}: the team (a team key) that owns the
	 * chats the bot classifies as this intent, written on the chat for per-team reports (decision
	 * 0042); null for none (a greeting, a request for a person).
	 */
	public record Intent(String name, String description, @Nullable String articleSlug, @Nullable BotFlow flow,
			int examples, Instant createdAt, Instant updatedAt, @Nullable String team) {
	}

	/** An intent with its examples, oldest first. */
	public record Detail(String name, String description, @Nullable String articleSlug, @Nullable BotFlow flow,
			List<String> examples, Instant createdAt, Instant updatedAt, @Nullable String team) {

		static Detail of(Intent intent, List<String> examples) {
			return new Detail(intent.name(), intent.description(), intent.articleSlug(), intent.flow(), examples,
					intent.createdAt(), intent.updatedAt(), intent.team());
		}
	}

	/** What a PUT says an intent is: its examples replace the ones it had; no team means none. */
	public record Definition(String description, @Nullable String articleSlug, @Nullable BotFlow flow,
			List<String> examples, @Nullable String team) {
	}

	/** What an import changed. */
	public record ImportResult(int intentsCreated, int examplesAdded, int duplicatesSkipped) {
	}

	/** The result of a PUT, and whether it created the intent. */
	public record Saved(Detail intent, boolean created) {
	}

	public List<Intent> list() {
		return intents.all();
	}

	public Detail get(String name) {
		var intent = intents.find(name).orElseThrow(() -> ProblemException.notFound("Intent " + name));
		return Detail.of(intent, intents.examples(name));
	}

	@Transactional
	public Saved save(String name, Definition definition) {
		validate(name, definition);
		var now = clock.instant();
		var slug = blankToNull(definition.articleSlug());
		var description = definition.description().strip();
		var team = team(definition.team());
		var created = intents.insert(name, description, slug, definition.flow(), team, now);
		if (!created) {
			intents.update(name, description, slug, definition.flow(), team, now);
			intents.removeExamples(name);
		}
		intents.addExamples(name, definition.examples());
		return new Saved(get(name), created);
	}

	@Transactional
	public void delete(String name) {
		if (!intents.delete(name)) {
			throw ProblemException.notFound("Intent " + name);
		}
	}

	/**
	 * Merges labelled examples into the intents: an unknown category becomes an intent (described by
	 * its name, to be edited later), and examples an intent already has (ignoring case and spacing)
	 * are skipped.
	 *
	 * @throws ProblemException 400 {@code invalid-training-data} with the {@code line} of the problem
	 */
	@Transactional
	public ImportResult importCsv(Reader csv) {
		List<TrainingExample> examples;
		try {
			examples = TrainingCsv.parse(csv);
		}
		catch (TrainingDataException e) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-training-data", e.getMessage(),
					Map.of("line", e.line()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var byIntent = new LinkedHashMap<String, java.util.ArrayList<String>>();
		examples.forEach(e -> byIntent.computeIfAbsent(e.intent(), k -> new java.util.ArrayList<>()).add(e.text()));
		var now = clock.instant();
		int created = 0;
		int added = 0;
		for (var entry : byIntent.entrySet()) {
			var name = entry.getKey();
			if (intents.insert(name, name.replace('_', ' '), null, null, null, now)) {
				created++;
			}
			int more = intents.addExamples(name, entry.getValue());
			if (more > 0) {
				intents.touch(name, now);
			}
			added += more;
		}
		return new ImportResult(created, added, examples.size() - added);
	}

	private static void validate(String name, Definition definition) {
		if (!NAME.matcher(name).matches()) {
			throw new InvalidFieldException("name", "use 1 to 64 lowercase letters, digits or underscores");
		}
		if (definition.description() == null || definition.description().isBlank()) {
			throw new InvalidFieldException("description", "must not be blank");
		}
		if (definition.description().length() > 500) {
			throw new InvalidFieldException("description", "must be at most 500 characters");
		}
		var slug = blankToNull(definition.articleSlug());
		if (slug != null && (slug.length() > 200 || !SLUG.matcher(slug).matches())) {
			throw new InvalidFieldException("articleSlug", "must be an article slug such as refund-timelines");
		}
		if (definition.examples() == null) {
			throw new InvalidFieldException("examples", "must not be null");
		}
		if (definition.examples().size() > MAX_EXAMPLES) {
			throw new InvalidFieldException("examples", "at most " + MAX_EXAMPLES + " examples");
		}
		for (int i = 0; i < definition.examples().size(); i++) {
			var example = definition.examples().get(i);
			if (example == null || example.isBlank()) {
				throw new InvalidFieldException("examples[" + i + "]", "must not be blank");
			}
			if (example.strip().length() > TrainingCsv.MAX_TEXT_CHARS) {
				throw new InvalidFieldException("examples[" + i + "]",
						"must be at most " + TrainingCsv.MAX_TEXT_CHARS + " characters");
			}
		}
	}

	/** A team key as every team name is written (lower case), or null for none; 400 naming {@code team}. */
	private static @Nullable String team(@Nullable String team) {
		if (team == null || team.isBlank()) {
			return null;
		}
		try {
			return new TeamName(team).value();
		}
		catch (InvalidFieldException e) {
			throw new InvalidFieldException("team", "a team key: 1-40 letters, digits or dashes, such as payments");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
