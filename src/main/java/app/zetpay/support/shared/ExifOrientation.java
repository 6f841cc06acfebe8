package app.zetpay.support.shared;

/**
 * The EXIF orientation of a JPEG (1 = as stored … 8), read from the raw bytes. Needed because
 * re-encoding drops EXIF, and with it the flag that tells viewers a phone photo is sideways.
 */
final class ExifOrientation {

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	static int of(byte[] jpeg) {
		var i = 2;
		while (i + 4 <= jpeg.length) {
			if ((jpeg[i] & 0xFF) != 0xFF) {
				return 1;
			}
			var marker = jpeg[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++;
				continue;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
				i += 2;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) {
				return 1;
			}
			var length = u16(jpeg, i + 2, true);
			var end = Math.min(jpeg.length, i + 2 + length);
			if (marker == 0xE1 && isExif(jpeg, i + 4, end)) {
				return fromTiff(jpeg, i + 10, end);
			}
			i += 2 + length;
		}
		return 1;
	}

	private static boolean isExif(byte[] b, int at, int end) {
		return at + 6 <= end && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f'
				&& b[at + 4] == 0 && b[at + 5] == 0;
	}

	private static int fromTiff(byte[] b, int start, int end) {
		if (start + 8 > end) {
			return 1;
		}
		boolean bigEndian;
		if (b[start] == 'M' && b[start + 1] == 'M') {
			bigEndian = true;
		}
		else if (b[start] == 'I' && b[start + 1] == 'I') {
			bigEndian = false;
		}
		else {
			return 1;
		}
		var ifd = start + u32(b, start + 4, bigEndian);
		if (ifd < start || ifd + 2 > end) {
			return 1;
		}
		var entries = u16(b, ifd, bigEndian);
		for (var k = 0; k < entries; k++) {
			var entry = ifd + 2 + k * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
				var value = u16(b, entry + 8, bigEndian);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	private static int u16(byte[] b, int at, boolean bigEndian) {
		if (at + 2 > b.length) {
			return 0;
		}
		var hi = b[bigEndian ? at : at + 1] & 0xFF;
		var lo = b[bigEndian ? at + 1 : at] & 0xFF;
		return hi << 8 | lo;
	}

	/** An offset; anything past what an int can index counts as out of range. */
	private static int u32(byte[] b, int at, boolean bigEndian) {
		long value = (long) u16(b, bigEndian ? at : at + 2, bigEndian) << 16 | u16(b, bigEndian ? at + 2 : at, bigEndian);
		return value > Integer.MAX_VALUE / 2 ? -1 : (int) value;
	}
}
