package app.zetpay.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * One node of the service as its own process (the packaged jar), with its own working directory and
 * log file. The scenario starts it, waits until it is ready, sends it SIGTERM and reads what it
 * logged after that. Its pid goes into {@code pids} in the working directory's parent, so the script
 * that started the scenario can end it even if the scenario itself dies.
 */
final class ServerNode {

	private final String name;
	private final int port;
	private final Path directory;
	private final Path log;
	private final Process process;

	private ServerNode(String name, int port, Path directory, Process process) {
		this.name = name;
		this.port = port;
		this.directory = directory;
		this.log = directory.resolve("node.log");
		this.process = process;
	}

	static ServerNode start(String name, int port, Path java, Path jar, Path work, Map<String, String> environment)
			throws IOException {
		var directory = Files.createDirectories(work.resolve(name));
		// The service's own flags (docs/decisions/0022): no jdk.incubator.vector.
		var command = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "--enable-native-access=ALL-UNNAMED", "-jar", jar.toAbsolutePath().toString()));
		var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(directory.resolve("node.log").toFile());
		builder.environment().putAll(environment);
		builder.environment().put("PORT", Integer.toString(port));
		var process = builder.start();
		Files.writeString(work.resolve("pids"), process.pid() + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		return new ServerNode(name, port, directory, process);
	}

	String name() {
		return name;
	}

	URI http() {
		return URI.create("http://127.0.0.1:" + port);
	}

	URI socket() {
		return URI.create("ws://127.0.0.1:" + port + "/ws");
	}

	long pid() {
		return process.pid();
	}

	Path log() {
		return log;
	}

	/** Waits until the readiness probe answers 200; fails early if the process died. */
	void awaitReady(HttpClient http, Duration timeout) throws InterruptedException {
		var deadline = System.nanoTime() + timeout.toNanos();
		var probe = HttpRequest.newBuilder(http().resolve("/actuator/health/readiness")).timeout(Duration.ofSeconds(2))
				.GET().build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see "
						+ log);
			}
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
	}

	/** Bytes logged so far: what comes after this mark was logged after it. */
	long logMark() throws IOException {
		return Files.size(log);
	}

	/** SIGTERM, as an orchestrator stops a node. */
	void terminate() {
		process.destroy();
	}

	/** The exit status, or empty when the process had not exited within the timeout. */
	OptionalInt awaitExit(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue())
				: OptionalInt.empty();
	}

	void kill() {
		process.destroyForcibly();
	}

	/** The log lines written after {@code mark}. */
	List<String> logSince(long mark) throws IOException {
		var bytes = Files.readAllBytes(log);
		var from = (int) Math.min(mark, bytes.length);
		return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).lines().toList();
	}

	@Override
	public String toString() {
		return name + " (pid " + process.pid() + ", port " + port + ", " + directory + ")";
	}
}
