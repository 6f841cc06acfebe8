package app.zetpay.support.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Blobs as files in one directory ({@code support.storage.directory}). With several nodes the
 * directory must be shared storage. Files are written under a temporary name and moved into place,
 * so a reader never sees half a file.
 */
@Component
class DirectoryBlobStore implements BlobStore {

	private static final Pattern SAFE_ID = Pattern.compile("[a-z]{2,5}_[0-9a-f]{32}");

	private final Path directory;

	DirectoryBlobStore(@Value("${support.storage.directory:./data/files}") String directory) throws IOException {
		this.directory = Path.of(directory).toAbsolutePath().normalize();
		Files.createDirectories(this.directory);
	}

	@Override
	public void put(String blobId, byte[] bytes) throws IOException {
		var target = file(blobId);
		var temporary = Files.createTempFile(directory, ".upload-", ".tmp");
		try {
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String blobId) throws IOException {
		return Files.newInputStream(file(blobId));
	}

	@Override
	public void delete(String blobId) throws IOException {
		Files.deleteIfExists(file(blobId));
	}

	private Path file(String blobId) {
		// Ids are ours, but check anyway: nothing from outside may become a path.
		if (!SAFE_ID.matcher(blobId).matches()) {
			throw new IllegalArgumentException("Not a blob id: " + blobId);
		}
		return directory.resolve(blobId);
	}
}
