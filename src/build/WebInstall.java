import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The web build's first step, run by Maven before {@code npm run build} with the JDK's source
 * launcher (so a machine without Node.js gets a sentence, not "Cannot run program"):
 *
 * <pre>java src/build/WebInstall.java web</pre>
 *
 * <ol>
 * <li>fails unless {@code node} on the PATH is Node.js 20+ (20.19 or newer, as Vite 8 needs), saying
 * how to get it or how to build without the web app ({@code -Dskip.web});</li>
 * <li>runs {@code npm ci --no-audit --no-fund} when {@code package.json} or {@code package-lock.json}
 * is newer than the last install ({@code node_modules/.package-lock.json}, which npm writes at every
 * install), so a warm build does not reinstall every package.</li>
 * </ol>
 */
public class WebInstall {

	static final int MAJOR = 20;
	static final int MINOR = 19;
	static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: WebInstall <web directory>");
		}
		var web = Path.of(args[0]).toAbsolutePath().normalize();
		checkNode();
		var installed = web.resolve("node_modules/.package-lock.json");
		var stale = !Files.exists(installed) || newer(web.resolve("package-lock.json"), installed)
				|| newer(web.resolve("package.json"), installed);
		if (!stale) {
			System.out.println("[web] node_modules is up to date with package-lock.json: no npm ci");
			return;
		}
		System.out.println("[web] npm ci --no-audit --no-fund");
		var npm = new ProcessBuilder(List.of(WINDOWS ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund"))
			.directory(web.toFile()).inheritIO();
		int status;
		try {
			status = npm.start().waitFor();
		}
		catch (IOException e) {
			throw fail("npm is not on the PATH (" + e.getMessage() + ")");
		}
		if (status != 0) {
			throw fail("npm ci failed (exit " + status + "); its output is above");
		}
	}

	static void checkNode() throws InterruptedException {
		String version;
		try {
			var node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			version = new String(node.getInputStream().readAllBytes()).strip();
			node.waitFor();
		}
		catch (IOException e) {
			throw fail("there is no 'node' on the PATH");
		}
		var matcher = Pattern.compile("v(\\d+)\\.(\\d+)").matcher(version);
		if (!matcher.lookingAt()) {
			throw fail("'node --version' answered '" + version + "'");
		}
		int major = Integer.parseInt(matcher.group(1));
		int minor = Integer.parseInt(matcher.group(2));
		if (major < MAJOR || (major == MAJOR && minor < MINOR)) {
			throw fail("'node' on the PATH is " + version);
		}
		var npm = WINDOWS ? "npm.cmd" : "npm";
		var onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter(dir -> !dir.isEmpty()).anyMatch(dir -> Files.isExecutable(Path.of(dir, npm)));
		if (!onPath) {
			throw fail("Node.js " + version + " is there, but no 'npm' on the PATH");
		}
		System.out.println("[web] Node.js " + version);
	}

	private static boolean newer(Path file, Path than) throws IOException {
		FileTime a = Files.getLastModifiedTime(file);
		return a.compareTo(Files.getLastModifiedTime(than)) > 0;
	}

	private static IllegalStateException fail(String why) {
		System.err.printf("%n[web] The web app (web/) needs Node.js %d+ (%d.%d or newer) with npm: %s.%n"
				+ "[web] Install it (your system's nodejs and npm packages if they are %d+, or a Node.js release),%n"
				+ "[web] or build the backend alone with -Dskip.web (the API works; the web pages answer 404).%n%n",
				MAJOR, MAJOR, MINOR, why, MAJOR);
		System.exit(1);
		return new IllegalStateException(why);
	}
}
