package app.zetpay.support.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that reads the BANKING77 training file (CC BY 4.0, Casanueva et al. 2020) from the shared
 * folder beside the project, never copied into it. A clone without that folder skips these tests
 * with the reason; CI, which has it, runs with {@code -Dsupport.test.require-data=true}, under which
 * a missing file fails them instead, so they cannot be skipped there unnoticed.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Banking77Condition.class)
public @interface NeedsBanking77 {

	/** Relative to the project directory, where Maven runs the tests. */
	Path TRAIN = Path.of("../shared/data/banking77/train.csv");
}
