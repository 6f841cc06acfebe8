package app.zetpay.support.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Images as phones and browsers upload them. */
public final class ImageFixtures {

	private ImageFixtures() {
	}

	/** A small image of a real format ("png", "gif", "jpeg") that decodes, as any upload must. */
	public static byte[] image(String format, int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x00FF00);
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A JPEG with an APP1 EXIF segment holding an orientation and some text, as a phone writes it. */
	public static byte[] jpegWithExif(int width, int height, int orientation, String text) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xFF0000);
		byte[] plain;
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpeg", out);
			plain = out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var tiff = new ByteArrayOutputStream();
		tiff.writeBytes(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		tiff.writeBytes(new byte[] { 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0 });
		tiff.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
		var exif = new ByteArrayOutputStream();
		exif.writeBytes(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
		exif.writeBytes(tiff.toByteArray());
		var length = exif.size() + 2;
		var jpeg = new ByteArrayOutputStream();
		jpeg.write(0xFF);
		jpeg.write(0xD8);
		jpeg.write(0xFF);
		jpeg.write(0xE1);
		jpeg.write(length >> 8);
		jpeg.write(length & 0xFF);
		jpeg.writeBytes(exif.toByteArray());
		jpeg.write(plain, 2, plain.length - 2);
		return jpeg.toByteArray();
	}
}
