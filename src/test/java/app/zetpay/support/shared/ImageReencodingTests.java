package app.zetpay.support.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.zetpay.support.testing.ImageFixtures;

class ImageReencodingTests {

	@Test
	void everyExifOrientationTurnsTheTopLeftPixelToWhereItShows() {
		// Stored 3 × 2 with a red top-left pixel; where that pixel shows for each orientation.
		var expected = Map.of(1, new Point(0, 0), 2, new Point(2, 0), 3, new Point(2, 1), 4, new Point(0, 1), 5,
				new Point(0, 0), 6, new Point(1, 0), 7, new Point(1, 2), 8, new Point(0, 2));
		expected.forEach((orientation, where) -> {
			var image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
			image.setRGB(0, 0, 0xFF0000);

			var shown = ImageReencoding.oriented(image, orientation);

			assertThat(shown.getRGB(where.x, where.y) & 0xFFFFFF).as("orientation " + orientation).isEqualTo(0xFF0000);
			assertThat(shown.getWidth()).isEqualTo(orientation >= 5 ? 2 : 3);
		});
	}

	@Test
	void theOrientationIsReadFromTheExifSegment() {
		assertThat(ExifOrientation.of(ImageFixtures.jpegWithExif(4, 4, 8, "x"))).isEqualTo(8);
		assertThat(ExifOrientation.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F })).isEqualTo(1);
	}

	@Test
	void aPdfIsKeptAsItCameAndGarbageWithAnImageHeaderIsRefused() {
		var pdf = "%PDF-1.4 anything".getBytes(StandardCharsets.US_ASCII);

		assertThat(ImageReencoding.reencode(FileType.PDF, pdf)).isSameAs(pdf);
		assertThatThrownBy(() -> ImageReencoding.reencode(FileType.GIF, "GIF89a garbage".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("unreadable-image"));
		assertThatThrownBy(() -> ImageReencoding.reencode(FileType.WEBP, new byte[16]))
			.isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("unsupported-image"));
	}
}
