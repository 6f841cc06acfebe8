package app.zetpay.support.bot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.zetpay.support.testing.NeedsBanking77;

class BotEvalCommandTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	@NeedsBanking77
	void trainsOnOneFileAndReportsAccuracyOnTheOtherOnTheLastLine(@TempDir Path directory) throws IOException {
		var split = StratifiedSplit.holdOut(Banking77.examples(), 0.2, 42);
		var train = write(directory.resolve("train.csv"), StratifiedSplit.sample(split.train(), 8, 1));
		var test = write(directory.resolve("test.csv"), StratifiedSplit.sample(split.test(), 2, 1));

		int status = run("--train", train.toString(), "--test", test.toString(), "--seed", "3", "--warm-up", "0");

		var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(status).isZero();
		assertThat(lines.getFirst()).isEqualTo("train: 616 examples, 77 intents; test: 154 examples, 77 intents");
		assertThat(lines).anyMatch(line -> line.startsWith("training time: "))
			.anyMatch(line -> line.startsWith("inference per message: p50 "))
			.anyMatch(line -> line.startsWith("macro-F1: "))
			.contains("per-intent recall (worst first):", "most confused (true -> predicted: count):");
		assertThat(lines.getLast()).matches("accuracy=(0|1)\\.\\d{4}");
		assertThat(Double.parseDouble(lines.getLast().substring("accuracy=".length()))).isGreaterThan(0.7);
	}

	@Test
	@NeedsBanking77
	void splitsASingleFileWhenGivenAHoldOut(@TempDir Path directory) throws IOException {
		var data = write(directory.resolve("data.csv"), StratifiedSplit.sample(Banking77.examples(), 5, 1).subList(0, 50));

		int status = run("--data", data.toString(), "--holdout", "0.2", "--warm-up", "0");

		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().getFirst())
			.isEqualTo("train: 40 examples, 10 intents; test: 10 examples, 10 intents");
	}

	@Test
	void exitsWithTwoAndUsageOnBadArguments() {
		assertThat(run("--train", "a.csv")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("give either --train and --test, or --data", "usage:");
	}

	@Test
	void exitsWithTwoAndTheLineOnBadData(@TempDir Path directory) throws IOException {
		var bad = Files.writeString(directory.resolve("bad.csv"), "text,category\nok,fine\n,empty\n");

		assertThat(run("--data", bad.toString())).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3: empty text");
	}

	private int run(String... args) {
		return BotEvalCommand.main(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static Path write(Path file, List<TrainingExample> examples) throws IOException {
		var csv = new StringBuilder("text,category\n");
		examples.forEach(e -> csv.append('"').append(e.text().replace("\"", "\"\"")).append("\",").append(e.intent()).append('\n'));
		return Files.writeString(file, csv);
	}
}
