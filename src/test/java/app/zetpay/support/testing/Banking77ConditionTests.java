package app.zetpay.support.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Banking77ConditionTests {

	@Test
	void runsTheTestWhenTheFileIsThere(@TempDir Path directory) throws IOException {
		var file = Files.writeString(directory.resolve("train.csv"), "text,category\n");

		assertThat(Banking77Condition.evaluate(file, false).isDisabled()).isFalse();
		assertThat(Banking77Condition.evaluate(file, true).isDisabled()).isFalse();
	}

	@Test
	void skipsTheTestSayingWhereTheFileWasLookedFor(@TempDir Path directory) {
		var missing = directory.resolve("train.csv");

		var result = Banking77Condition.evaluate(missing, false);

		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
			.contains("BANKING77 is not at " + missing.toAbsolutePath()).contains("shared folder"));
	}

	@Test
	void failsTheTestWhenTheDataIsRequired(@TempDir Path directory) {
		var missing = directory.resolve("train.csv");

		assertThatIllegalStateException().isThrownBy(() -> Banking77Condition.evaluate(missing, true))
			.withMessageContaining("-Dsupport.test.require-data=true")
			.withMessageContaining(missing.toAbsolutePath().toString());
	}
}
