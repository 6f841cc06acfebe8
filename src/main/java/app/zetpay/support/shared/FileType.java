package app.zetpay.support.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * File types accepted for upload, recognised by their first bytes: a file's name and the
 * Content-Type a client claims prove nothing.
 */
public enum FileType {
	JPEG("image/jpeg", true), PNG("image/png", true), GIF("image/gif", true), WEBP("image/webp", true),
	PDF("application/pdf", false);

	private final String contentType;
	private final boolean image;

	FileType(String contentType, boolean image) {
		this.contentType = contentType;
		this.image = image;
	}

	public String contentType() {
		return contentType;
	}

	public boolean isImage() {
		return image;
	}

	public static Optional<FileType> sniff(byte[] head) {
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
			return Optional.of(GIF);
		}
		if (head.length >= 12 && startsWith(head, 'R', 'I', 'F', 'F')
				&& Arrays.equals(Arrays.copyOfRange(head, 8, 12), new byte[] { 'W', 'E', 'B', 'P' })) {
			return Optional.of(WEBP);
		}
		if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
