package app.zetpay.support.chat.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Images as files in one directory ({@code support.chat.images.directory}). With several nodes the
 * directory must be shared storage. Files are written under a temporary name and moved into place,
 * so a reader never sees half an image.
 */
@Component
class DirectoryImageStore implements ImageStore {

	private static final Pattern SAFE_ID = Pattern.compile("img_[0-9a-f]{32}");

	private final Path directory;

	DirectoryImageStore(ChatProperties properties) throws IOException {
		this.directory = Path.of(properties.images().directory()).toAbsolutePath().normalize();
		Files.createDirectories(directory);
	}

	@Override
	public void put(String imageId, byte[] bytes) throws IOException {
		var target = file(imageId);
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
	public InputStream open(String imageId) throws IOException {
		return Files.newInputStream(file(imageId));
	}

	private Path file(String imageId) {
		// Ids are ours, but check anyway: nothing from outside may become a path.
		if (!SAFE_ID.matcher(imageId).matches()) {
			throw new IllegalArgumentException("Not an image id: " + imageId);
		}
		return directory.resolve(imageId);
	}
}
