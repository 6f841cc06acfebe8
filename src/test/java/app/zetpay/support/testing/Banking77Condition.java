package app.zetpay.support.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Skips a {@link NeedsBanking77} test when the file is absent, or fails it when data is required. */
class Banking77Condition implements ExecutionCondition {

	private static final Logger log = LoggerFactory.getLogger(Banking77Condition.class);

	/** Set by CI: there the data set is always beside the project, so its absence is a fault. */
	static final String REQUIRE_DATA = "support.test.require-data";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		var result = evaluate(NeedsBanking77.TRAIN, Boolean.getBoolean(REQUIRE_DATA));
		// Surefire's console counts a skip but does not say why; the reason is only in its reports.
		result.getReason().filter(reason -> result.isDisabled())
			.ifPresent(reason -> log.warn("Skipped {}: {}", context.getDisplayName(), reason));
		return result;
	}

	static ConditionEvaluationResult evaluate(Path file, boolean required) {
		if (Files.isRegularFile(file)) {
			return ConditionEvaluationResult.enabled("BANKING77 found at " + file);
		}
		var where = file.toAbsolutePath().normalize();
		if (required) {
			// Thrown from a condition, this is reported as the test's failure, not as a skip.
			throw new IllegalStateException("BANKING77 is required (-D" + REQUIRE_DATA + "=true) but "
					+ where + " does not exist: put the shared folder beside the project");
		}
		return ConditionEvaluationResult.disabled("BANKING77 is not at " + where
				+ " (the shared folder beside the project); run with it there to include this test");
	}
}
