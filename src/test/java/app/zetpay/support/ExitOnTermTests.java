package app.zetpay.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.zetpay.support.embeddings.SentenceEmbeddings;
import app.zetpay.support.shared.NativeLoads;

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

	@Test
	void sigtermDuringANativeLoadWaitsForTheLoadBeforeTheShutdownHooksRun(@TempDir Path directory) throws Exception {
		var output = run(LoadingProbe.class, directory);

		assertThat(output.process().waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
		var log = Files.readString(output.log());
		assertThat(log).contains("load finished", "shutdown hook ran");
		assertThat(log.indexOf("load finished")).as("the load finished before the hooks ran")
			.isLessThan(log.indexOf("shutdown hook ran"));
		assertThat(output.process().exitValue()).isZero();
	}

	@Test
	void sigtermWhileTheEmbeddingModelLoadsExitsZeroOnceItIsLoaded(@TempDir Path directory) throws Exception {
		var output = run(ModelLoadingProbe.class, directory);

		assertThat(output.process().waitFor(30, TimeUnit.SECONDS)).as("exited").isTrue();
		// Exiting in the middle of ONNX Runtime's native set-up crashed the JVM with SIGSEGV (134).
		assertThat(output.process().exitValue()).as(Files.readString(output.log())).isZero();
		assertThat(Files.readString(output.log())).contains("model loaded", "shutdown hook ran");
	}

	private record Started(Process process, Path log) {
	}

	/** Starts the probe, waits for its "ready", then sends SIGTERM. */
	private static Started run(Class<?> probe, Path directory) throws Exception {
		var java = ProcessHandle.current().info().command().orElseThrow();
		var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		var output = directory.resolve("probe.log");
		var process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
				"-DDJL_CACHE_DIR=" + directory.resolve("djl"), "-cp", classPath, probe.getName())
			.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!Files.readString(output).contains("ready") && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		process.destroy(); // SIGTERM
		return new Started(process, output);
	}

	/** A native load of 2 s under way when the signal comes. */
	public static final class LoadingProbe {

		public static void main(String[] args) throws InterruptedException {
			ExitOnTerm.install();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
			Thread.ofPlatform().start(() -> NativeLoads.run(() -> {
				System.out.println("ready");
				sleep(2_000);
				System.out.println("load finished");
				return null;
			}));
			Thread.sleep(60_000);
		}
	}

	/** The real thing: the embedding model loading (ONNX Runtime and the tokenizer) when the signal comes. */
	public static final class ModelLoadingProbe {

		public static void main(String[] args) throws InterruptedException {
			ExitOnTerm.install();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
			var embeddings = new SentenceEmbeddings();
			Thread.ofPlatform().start(() -> {
				System.out.println("ready");
				embeddings.load();
				System.out.println("model loaded");
			});
			Thread.sleep(60_000);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
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
