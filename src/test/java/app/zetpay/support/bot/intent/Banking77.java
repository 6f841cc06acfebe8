package app.zetpay.support.bot.intent;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The BANKING77 training file (CC BY 4.0, Casanueva et al. 2020), read from beside the project,
 * never copied into it.
 */
final class Banking77 {

	static final Path TRAIN = Path.of("../shared/data/banking77/train.csv");

	private Banking77() {
	}

	static List<TrainingExample> examples() {
		if (!Files.isRegularFile(TRAIN)) {
			fail("BANKING77 training data is expected at " + TRAIN.toAbsolutePath().normalize()
					+ " (the shared folder cloned beside the project)");
		}
		return TrainingCsv.read(TRAIN);
	}
}
