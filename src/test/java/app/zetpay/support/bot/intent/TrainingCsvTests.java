package app.zetpay.support.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCsvTests {

	@Test
	void readsPlainAndQuotedRows() {
		var examples = TrainingCsv.parse("""
				text,category
				I am still waiting on my card?,card_arrival
				"Hi, my card, it has not arrived",card_arrival
				"She said ""top up"" failed",top_up_failed
				""");

		assertThat(examples).containsExactly(
				new TrainingExample("I am still waiting on my card?", "card_arrival"),
				new TrainingExample("Hi, my card, it has not arrived", "card_arrival"),
				new TrainingExample("She said \"top up\" failed", "top_up_failed"));
	}

	@Test
	void skipsBlankLinesAndAcceptsWindowsLineEndings() {
		var examples = TrainingCsv.parse("text,category\r\n\r\nwhere is my card,card_arrival\r\n\r\n");

		assertThat(examples).containsExactly(new TrainingExample("where is my card", "card_arrival"));
	}

	@Test
	void keepsLineBreaksInsideQuotesAndCountsLinesAfterThem() {
		assertThatThrownBy(() -> TrainingCsv.parse("text,category\n\"two\nlines\",card_arrival\n,card_arrival\n"))
			.isInstanceOf(TrainingDataException.class)
			.hasMessageContaining("line 4")
			.hasMessageContaining("empty text");
	}

	@Test
	void canonicalisesBanking77sIrregularIntentNames() {
		var examples = TrainingCsv.parse("text,category\nwhere is my refund,Refund_not_showing_up\nundo it,reverted_card_payment?\n");

		assertThat(examples).extracting(TrainingExample::intent)
			.containsExactly("refund_not_showing_up", "reverted_card_payment");
	}

	@Test
	void readsUtf8FromAFileWithAByteOrderMark(@TempDir Path directory) throws Exception {
		var file = directory.resolve("train.csv");
		Files.writeString(file, "\uFEFFtext,category\nkarte nicht angekommen – wo?,card_arrival\n", StandardCharsets.UTF_8);

		assertThat(TrainingCsv.read(file)).containsExactly(new TrainingExample("karte nicht angekommen – wo?", "card_arrival"));
	}

	@Test
	void rejectsAMissingFileSayingWhereItWasExpected(@TempDir Path directory) {
		assertThatThrownBy(() -> TrainingCsv.read(directory.resolve("absent.csv")))
			.isInstanceOf(TrainingDataException.class)
			.hasMessageContaining("absent.csv");
	}

	@Test
	void rejectsAnEmptyFile() {
		assertRejected("", 1, "header");
	}

	@Test
	void rejectsAWrongHeader() {
		assertRejected("sentence,label\nhi,greeting\n", 1, "expected the header text,category");
	}

	@Test
	void rejectsAMissingHeader() {
		assertRejected("where is my card,card_arrival\n", 1, "expected the header text,category");
	}

	@Test
	void rejectsTooFewColumns() {
		assertRejected("text,category\nok,card_arrival\njust text\n", 3, "expected 2 columns");
	}

	@Test
	void rejectsTooManyColumnsWhenACommaIsNotQuoted() {
		assertRejected("text,category\nHi, where is my card,card_arrival\n", 2, "expected 2 columns");
	}

	@Test
	void rejectsEmptyText() {
		assertRejected("text,category\n  ,card_arrival\n", 2, "empty text");
	}

	@Test
	void rejectsAnEmptyIntent() {
		assertRejected("text,category\nwhere is my card,\n", 2, "empty intent");
	}

	@Test
	void rejectsAnInvalidIntentName() {
		assertRejected("text,category\nwhere is my card,card arrival\n", 2, "invalid intent 'card arrival'");
	}

	@Test
	void rejectsAnIntentNameLongerThan64Characters() {
		assertRejected("text,category\nhello," + "a".repeat(65) + "\n", 2, "invalid intent");
		assertThat(TrainingCsv.parse("text,category\nhello," + "a".repeat(64) + "\n")).hasSize(1);
	}

	@Test
	void rejectsTextOver1000Characters() {
		assertThat(TrainingCsv.parse("text,category\n" + "a".repeat(1_000) + ",long\n")).hasSize(1);
		assertRejected("text,category\nok,short\n" + "a".repeat(1_001) + ",long\n", 3, "longer than 1000");
	}

	@Test
	void rejectsAnUnterminatedQuoteAtTheLineWhereItOpens() {
		assertRejected("text,category\nok,fine\n\"where is my card,card_arrival\nnext,fine\n", 3, "unterminated quote");
	}

	@Test
	void rejectsTextAfterAClosingQuote() {
		assertRejected("text,category\n\"where\" is my card,card_arrival\n", 2, "after a closing quote");
	}

	@Test
	void rejectsMoreThan200000Rows() {
		var csv = new StringBuilder("text,category\n");
		csv.append("hi,greeting\n".repeat(TrainingCsv.MAX_ROWS));
		assertThat(TrainingCsv.parse(csv.toString())).hasSize(TrainingCsv.MAX_ROWS);

		csv.append("one too many,greeting\n");
		assertRejected(csv.toString(), TrainingCsv.MAX_ROWS + 2, "more than 200000 examples");
	}

	private static void assertRejected(String csv, int line, String message) {
		assertThatThrownBy(() -> TrainingCsv.parse(csv))
			.isInstanceOfSatisfying(TrainingDataException.class, e -> assertThat(e.line()).isEqualTo(line))
			.hasMessageContaining("line " + line + ": ")
			.hasMessageContaining(message);
	}
}
