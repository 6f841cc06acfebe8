package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's database stays open until the application has stopped. H2 closes a
 * database from a JVM shutdown hook of its own unless the URL says DB_CLOSE_ON_EXIT=FALSE, and the
 * JVM runs hooks concurrently, so Spring's hook, still storing queued messages and clearing
 * presence, found it closed ("Database is already closed"). Shutdown hooks run only when a JVM
 * exits, so the configured URL is tried in a fresh one.
 */
class EmbeddedDatabaseShutdownTests {

	@Test
	void theConfiguredDatabaseIsStillOpenForTheApplicationsShutdownHook(@TempDir Path directory) throws Exception {
		var url = configuredUrl().replace("./data/", directory.toAbsolutePath() + "/");
		var java = ProcessHandle.current().info().command().orElseThrow();
		var classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		var output = directory.resolve("probe.log");
		var process = new ProcessBuilder(java, "-cp", classPath, Probe.class.getName(), url).redirectErrorStream(true)
				.redirectOutput(output.toFile()).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();

		var log = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(log).contains("queried while stopping").doesNotContain("already closed");
	}

	private static String configuredUrl() throws IOException {
		var properties = new Properties();
		try (var in = EmbeddedDatabaseShutdownTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url");
	}

	/** Opens the database as the app does, and uses it from a shutdown hook as Spring's does. */
	public static final class Probe {

		public static void main(String[] args) throws Exception {
			var connection = DriverManager.getConnection(args[0], "sa", "");
			connection.createStatement().execute("CREATE TABLE IF NOT EXISTS probe (id INT)");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					// Give H2's own hook, if any, the time to run first.
					Thread.sleep(500);
					connection.createStatement().executeQuery("SELECT COUNT(*) FROM probe").close();
					System.out.println("queried while stopping");
					connection.close();
				}
				catch (Exception e) {
					System.out.println("failed while stopping: " + e.getMessage());
				}
			}));
			System.exit(0);
		}
	}
}
