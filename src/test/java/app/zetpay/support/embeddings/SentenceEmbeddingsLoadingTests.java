package app.zetpay.support.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model loads whichever thread touches it first, as in the packaged jar, where a common-pool
 * thread's context class loader (the system one) sees only Boot's launcher and none of the
 * libraries. Run in a fresh JVM: the tokenizer's native library loads once per process, so this
 * test JVM, which has loaded it already, cannot show the first load.
 */
class SentenceEmbeddingsLoadingTests {

	@Test
	void theModelLoadsOnAThreadWhoseContextClassLoaderSeesNoLibrary(@TempDir Path cache) throws Exception {
		var java = ProcessHandle.current().info().command().orElseThrow();
		var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		var output = cache.resolve("probe.log");
		var process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-DDJL_CACHE_DIR=" + cache,
				"-cp", classPath, Probe.class.getName(), classPath)
				.redirectErrorStream(true).redirectOutput(output.toFile()).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
		var log = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(log).isZero();
		assertThat(log).contains("embedded 384");
	}

	/**
	 * Loads the embeddings with a class loader of their own, as Boot's launcher does, then embeds
	 * on a thread whose context class loader sees none of the libraries.
	 */
	public static final class Probe {

		public static void main(String[] args) throws Exception {
			var urls = new ArrayList<URL>();
			for (var entry : args[0].split(File.pathSeparator)) {
				urls.add(Path.of(entry).toUri().toURL());
			}
			var application = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			var embeddings = application.loadClass(SentenceEmbeddings.class.getName()).getConstructor().newInstance();
			var embed = embeddings.getClass().getMethod("embed", String.class);
			var failure = new Throwable[1];
			var width = new int[1];
			var thread = new Thread(() -> {
				try {
					width[0] = ((float[]) embed.invoke(embeddings, "money gone but payment failed")).length;
				}
				catch (Throwable e) {
					failure[0] = e;
				}
			});
			thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
			thread.start();
			thread.join();
			if (failure[0] != null) {
				failure[0].printStackTrace();
				System.exit(1);
			}
			System.out.println("embedded " + width[0]);
		}
	}
}
