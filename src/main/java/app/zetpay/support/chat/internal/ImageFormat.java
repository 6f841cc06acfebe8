package app.zetpay.support.chat.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats chat accepts, recognised by their first bytes: a file's name and the
 * Content-Type a client claims prove nothing.
 */
enum ImageFormat {
	JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), WEBP("image/webp");

	private final String contentType;

	ImageFormat(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	static Optional<ImageFormat> sniff(byte[] head) {
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
		return Optional.empty();
	}

	static Optional<ImageFormat> fromContentType(String contentType) {
		return Arrays.stream(values()).filter(f -> f.contentType.equals(contentType)).findFirst();
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
