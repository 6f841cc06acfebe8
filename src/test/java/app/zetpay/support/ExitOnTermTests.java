package app.zetpay.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node asked to stop with SIGTERM reports success once its shutdown hooks (Spring's graceful
 * close) have run: exit status 0, where the JVM's own handler gives 143, which supervisors count as
 * a crash. Signals reach only a real process, so a fresh JVM gets one.
 */
class ExitOnTermTests {

	@Test
	void sigtermRunsTheShutdownHooksAndExitsZero(@TempDir Path directory) throws Exception {
		var java = ProcessHandle.current().info().command().orElseThrow();
		var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		var output = directory.resolve("probe.log");
		var process = new ProcessBuilder(java, "-cp", classPath, Probe.class.getName()).redirectErrorStream(true)
				.redirectOutput(output.toFile()).start();
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!Files.readString(output).contains("ready") && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}

		process.destroy(); // SIGTERM

		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
		assertThat(Files.readString(output)).contains("shutdown hook ran");
		assertThat(process.exitValue()).isZero();
	}

	@Test
	void aShutdownThatHangsIsHaltedWithStatus1WhenItsBudgetRunsOut(@TempDir Path directory) throws Exception {
		var java = ProcessHandle.current().info().command().orElseThrow();
		var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		var output = directory.resolve("probe.log");
		var process = new ProcessBuilder(java, "-cp", classPath, HangingProbe.class.getName())
				.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!Files.readString(output).contains("ready") && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}

		process.destroy(); // SIGTERM

		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
		assertThat(process.exitValue()).isEqualTo(1);
		assertThat(Files.readString(output)).contains("Shutdown did not finish within 3000 ms")
				.contains("HangingProbe");
	}

	/** Stands in for the application: the same signal handling, a shutdown hook, and nothing else. */
	public static final class Probe {

		public static void main(String[] args) throws InterruptedException {
			ExitOnTerm.install();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
			System.out.println("ready");
			Thread.sleep(60_000);
		}
	}

	/** An application whose shutdown never ends, with a budget of 3 s. */
	public static final class HangingProbe {

		public static void main(String[] args) throws InterruptedException {
			ExitOnTerm.install(Duration.ofSeconds(3));
			Runtime.getRuntime().addShutdownHook(new Thread(HangingProbe::hang, "SpringApplicationShutdownHook"));
			System.out.println("ready");
			Thread.sleep(60_000);
		}

		private static void hang() {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
