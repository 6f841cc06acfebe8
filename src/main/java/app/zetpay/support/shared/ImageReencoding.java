package app.zetpay.support.shared;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

import org.springframework.http.HttpStatus;

/**
 * Uploaded images are decoded and written anew before they are stored, so what we serve back is
 * pixels only: no EXIF (a phone photo's GPS position, camera serial), no comments or trailing bytes,
 * and nothing a browser could take for another type. What does not decode is refused. The EXIF
 * orientation is applied to the pixels first, so photos still show the right way up.
 * <p>
 * JPEG, PNG and GIF are what the JDK decodes; WebP it does not, so WebP is not accepted (see
 * docs/decisions/0018-uploaded-images.md). A GIF keeps its first frame. Images above 16 megapixels
 * are scaled down while decoding, which also bounds the memory a crafted header can ask for.
 */
public final class ImageReencoding {

	static final long MAX_PIXELS = 4096L * 4096L;

	private ImageReencoding() {
	}

	/** The bytes to store: an image written anew, any other file as it came. */
	public static byte[] reencode(FileType type, byte[] bytes) {
		if (!type.isImage()) {
			return bytes;
		}
		var format = switch (type) {
			case JPEG -> "jpeg";
			case PNG -> "png";
			case GIF -> "gif";
			default -> throw unsupported();
		};
		var image = decode(format, bytes);
		if (type == FileType.JPEG) {
			image = oriented(image, ExifOrientation.of(bytes));
		}
		try {
			return type == FileType.JPEG ? jpeg(image) : write(image, format);
		}
		catch (IOException | RuntimeException e) {
			throw unreadable();
		}
	}

	private static BufferedImage decode(String format, byte[] bytes) {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReadersByFormatName(format);
			if (input == null || !readers.hasNext()) {
				throw unreadable();
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				var width = reader.getWidth(0);
				var height = reader.getHeight(0);
				if (width <= 0 || height <= 0) {
					throw unreadable();
				}
				var param = reader.getDefaultReadParam();
				var pixels = (double) width * height;
				if (pixels > MAX_PIXELS) {
					var step = (int) Math.ceil(Math.sqrt(pixels / MAX_PIXELS));
					param.setSourceSubsampling(step, step, 0, 0);
				}
				var image = reader.read(0, param);
				if (image == null) {
					throw unreadable();
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			// Decoders throw anything on crafted input (IIOException, index errors …): all mean "not an image".
			if (e instanceof ProblemException problem) {
				throw problem;
			}
			throw unreadable();
		}
	}

	/** Applies EXIF orientation 2…8 to the pixels (1, or none, leaves them as they are). */
	static BufferedImage oriented(BufferedImage image, int orientation) {
		if (orientation < 2 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		var transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			default -> new AffineTransform(0, -1, 1, 0, 0, w);
		};
		var turned = orientation >= 5;
		var result = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
		var graphics = result.createGraphics();
		try {
			graphics.drawImage(image, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return result;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		var rgb = image;
		if (image.getColorModel().hasAlpha() || (image.getType() != BufferedImage.TYPE_INT_RGB
				&& image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY)) {
			rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			var graphics = rgb.createGraphics();
			try {
				graphics.drawImage(image, 0, 0, Color.WHITE, null);
			}
			finally {
				graphics.dispose();
			}
		}
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var out = new ByteArrayOutputStream();
		try (var output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			var param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.write(null, new IIOImage(rgb, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] write(BufferedImage image, String format) throws IOException {
		var out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, format, out)) {
			throw unreadable();
		}
		return out.toByteArray();
	}

	private static ProblemException unreadable() {
		return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unreadable-image",
				"The image could not be read. Send a JPEG, PNG or GIF image.");
	}

	private static ProblemException unsupported() {
		return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-image",
				"Send a JPEG, PNG or GIF image.");
	}
}
