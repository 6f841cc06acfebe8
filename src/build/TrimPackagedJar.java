import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Drops what the service never loads from the libraries nested in the packaged jar: native builds
 * for platforms we do not ship, and their debug symbols (a 300 MB Windows .pdb in onnxruntime's
 * jar alone). Run by the build after Spring Boot's repackage, with the JDK's source launcher:
 *
 * <pre>java src/build/TrimPackagedJar.java target/app.jar 'onnxruntime-*.jar=ai/onnxruntime/native/win-x64/' …</pre>
 *
 * Each rule is {@code <glob of a jar under BOOT-INF/lib>=<entry prefix to drop>}. A rule that drops
 * nothing fails the build, so a library's new layout cannot silently bring the weight back. Nested
 * jars stay stored (uncompressed) in the outer jar, as Boot's launcher needs.
 */
public class TrimPackagedJar {

	record Rule(PathMatcher jar, String jarGlob, String prefix) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: TrimPackagedJar <jar> <jar-glob>=<entry-prefix>...");
		}
		var jar = Path.of(args[0]);
		var rules = new ArrayList<Rule>();
		for (int i = 1; i < args.length; i++) {
			var parts = args[i].split("=", 2);
			rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + parts[0]), parts[0], parts[1]));
		}
		var before = Files.size(jar);
		var used = new boolean[rules.size()];
		var trimmed = jar.resolveSibling(jar.getFileName() + ".trimming");
		try (var in = new ZipInputStream(Files.newInputStream(jar));
				var out = new ZipOutputStream(Files.newOutputStream(trimmed))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				var bytes = in.readAllBytes();
				var name = entry.getName();
				if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
					var applying = new ArrayList<Rule>();
					for (int r = 0; r < rules.size(); r++) {
						if (rules.get(r).jar().matches(Path.of(name.substring("BOOT-INF/lib/".length())))) {
							applying.add(rules.get(r));
						}
					}
					if (!applying.isEmpty()) {
						bytes = trim(bytes, applying, rules, used);
					}
				}
				var copy = new ZipEntry(name);
				copy.setTime(entry.getTime());
				if (entry.getMethod() == ZipEntry.STORED) {
					var crc = new CRC32();
					crc.update(bytes);
					copy.setMethod(ZipEntry.STORED);
					copy.setSize(bytes.length);
					copy.setCompressedSize(bytes.length);
					copy.setCrc(crc.getValue());
				}
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		}
		for (int r = 0; r < rules.size(); r++) {
			if (!used[r]) {
				Files.delete(trimmed);
				throw new IllegalStateException("rule dropped nothing: " + rules.get(r).jarGlob() + "=" + rules.get(r).prefix());
			}
		}
		Files.move(trimmed, jar, StandardCopyOption.REPLACE_EXISTING);
		System.out.printf("Trimmed %s: %.1f MiB -> %.1f MiB%n", jar.getFileName(), before / 1048576.0,
				Files.size(jar) / 1048576.0);
	}

	private static byte[] trim(byte[] nested, List<Rule> applying, List<Rule> all, boolean[] used) throws IOException {
		var buffer = new ByteArrayOutputStream(nested.length);
		try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(nested));
				var out = new ZipOutputStream(buffer)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				var drop = false;
				for (var rule : applying) {
					if (entry.getName().startsWith(rule.prefix())) {
						used[all.indexOf(rule)] = true;
						drop = true;
					}
				}
				var bytes = in.readAllBytes();
				if (drop) {
					continue;
				}
				var copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		}
		return buffer.toByteArray();
	}
}
