package app.zetpay.support.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret that the embedded default made up for itself, kept in a file (under {@code ./data}) so
 * the person trying the app can read it, readable by its owner only. The production profile names
 * no such file: its secrets are configured.
 */
public final class LocalSecretFile {

	private final Path path;

	public LocalSecretFile(Path path) {
		this.path = path;
	}

	public Path path() {
		return path;
	}

	/** The secret and whether it was made just now (and so has never been shown). */
	public record Kept(String secret, boolean created) {
	}

	/** The secret kept in the file, or a new one from {@code generate}, written there, when it has none. */
	public Kept readOrCreate(Supplier<String> generate) {
		try {
			if (Files.isRegularFile(path)) {
				var kept = Files.readString(path).strip();
				if (!kept.isEmpty()) {
					return new Kept(kept, false);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
		var secret = generate.get();
		write(secret);
		return new Kept(secret, true);
	}

	public void write(String secret) {
		try {
			Files.createDirectories(path.toAbsolutePath().getParent());
			Files.deleteIfExists(path);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(path, secret + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + path, e);
		}
	}
}
