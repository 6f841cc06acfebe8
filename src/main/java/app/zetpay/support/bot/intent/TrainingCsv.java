package app.zetpay.support.bot.intent;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads labelled examples in the BANKING77 layout: a {@code text,category} header, then one example
 * per record, quoted as RFC 4180 says (commas, doubled quotes and line breaks inside quotes). Blank
 * lines are skipped. Intent names are lowercased and lose a trailing question mark, then must be 1 to 64 letters, digits or underscores. Every problem is reported with the 1-based line where its record starts, so an
 * admin uploading a file can fix it without guessing.
 */
public final class TrainingCsv {

	public static final int MAX_TEXT_CHARS = 1_000;
	public static final int MAX_ROWS = 200_000;
	private static final Pattern INTENT = Pattern.compile("[a-z0-9_]{1,64}");

	private TrainingCsv() {
	}

	public static List<TrainingExample> read(Path file) {
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
		catch (NoSuchFileException e) {
			throw new TrainingDataException(0, "no such file: " + file.toAbsolutePath().normalize());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<TrainingExample> parse(String csv) {
		try {
			return parse(new StringReader(csv));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<TrainingExample> parse(Reader reader) throws IOException {
		var records = new Records(reader);
		var header = records.next();
		if (header == null) {
			throw new TrainingDataException(1, "empty file; expected the header text,category");
		}
		if (header.fields().size() != 2 || !stripBom(header.fields().get(0)).strip().equals("text")
				|| !header.fields().get(1).strip().equals("category")) {
			throw new TrainingDataException(header.line(), "expected the header text,category but found "
					+ String.join(",", header.fields()));
		}
		var examples = new ArrayList<TrainingExample>();
		for (var record = records.next(); record != null; record = records.next()) {
			if (examples.size() == MAX_ROWS) {
				throw new TrainingDataException(record.line(), "more than " + MAX_ROWS + " examples");
			}
			examples.add(example(record));
		}
		return examples;
	}

	private static TrainingExample example(Record record) {
		var fields = record.fields();
		int line = record.line();
		if (fields.size() != 2) {
			throw new TrainingDataException(line, "expected 2 columns (text,category) but found " + fields.size()
					+ "; quote texts that contain commas");
		}
		var text = fields.get(0).strip();
		var intent = canonicalIntent(fields.get(1));
		if (text.isEmpty()) {
			throw new TrainingDataException(line, "empty text");
		}
		if (text.length() > MAX_TEXT_CHARS) {
			throw new TrainingDataException(line, "text longer than " + MAX_TEXT_CHARS + " characters");
		}
		if (intent.isEmpty()) {
			throw new TrainingDataException(line, "empty intent");
		}
		if (!INTENT.matcher(intent).matches()) {
			throw new TrainingDataException(line, "invalid intent '" + abbreviated(intent)
					+ "': use 1 to 64 lowercase letters, digits or underscores");
		}
		return new TrainingExample(text, intent);
	}

	/**
	 * BANKING77 itself spells two intents "Refund_not_showing_up" and "reverted_card_payment?"; case
	 * and a trailing question mark carry no meaning in a name, so both are dropped rather than rejected.
	 */
	static String canonicalIntent(String name) {
		var intent = name.strip().toLowerCase(Locale.ROOT);
		while (intent.endsWith("?")) {
			intent = intent.substring(0, intent.length() - 1);
		}
		return intent;
	}

	private static String stripBom(String field) {
		return field.startsWith("\uFEFF") ? field.substring(1) : field;
	}

	private static String abbreviated(String value) {
		return value.length() > 70 ? value.substring(0, 70) + "…" : value;
	}

	private record Record(int line, List<String> fields) {
	}

	/** Splits the input into records; a record is blank when it is one empty field, and those are skipped. */
	private static final class Records {

		private final Reader reader;
		private int line = 1;
		private int pushedBack = -2;

		Records(Reader reader) {
			this.reader = reader;
		}

		Record next() throws IOException {
			while (true) {
				int c = read();
				if (c == -1) {
					return null;
				}
				if (c == '\n') {
					line++;
					continue;
				}
				if (c == '\r') {
					continue;
				}
				unread(c);
				var record = record();
				var fields = record.fields();
				if (fields.size() == 1 && fields.getFirst().isBlank()) {
					continue;
				}
				return record;
			}
		}

		private Record record() throws IOException {
			int start = line;
			var fields = new ArrayList<String>();
			var field = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			while (true) {
				int c = read();
				if (quoted) {
					if (c == -1) {
						throw new TrainingDataException(start, "unterminated quote");
					}
					if (c == '"') {
						int after = read();
						if (after == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							unread(after);
						}
					}
					else {
						if (c == '\n') {
							line++;
						}
						field.append((char) c);
					}
					continue;
				}
				if (c == -1 || c == '\n') {
					fields.add(field.toString());
					if (c == '\n') {
						line++;
					}
					return new Record(start, fields);
				}
				if (c == '\r') {
					continue;
				}
				if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
					wasQuoted = false;
				}
				else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
					field.setLength(0);
					quoted = true;
					wasQuoted = true;
				}
				else if (wasQuoted && !Character.isWhitespace(c)) {
					throw new TrainingDataException(start, "unexpected character after a closing quote");
				}
				else {
					field.append((char) c);
				}
			}
		}

		private int read() throws IOException {
			if (pushedBack != -2) {
				int c = pushedBack;
				pushedBack = -2;
				return c;
			}
			return reader.read();
		}

		private void unread(int c) {
			pushedBack = c;
		}
	}
}
