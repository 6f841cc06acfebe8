package app.zetpay.support.chat.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.BlobStore;
import app.zetpay.support.shared.FileType;
import app.zetpay.support.shared.ImageReencoding;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Sql;
import app.zetpay.support.shared.UploadAllowance;

/**
 * Image uploads for chat. The bytes decide the type and are decoded and written anew
 * ({@link ImageReencoding}); the size limit and the user's upload allowance apply before anything is
 * decoded or stored; an image belongs to one conversation and only its participants can fetch it.
 */
@Service
public class ChatImages {

	private static final Pattern URL = Pattern.compile("/api/chat/(cnv_[0-9a-f]{32})/images/(img_[0-9a-f]{32})");

	private final ConversationAccess access;
	private final BlobStore store;
	private final JdbcClient jdbc;
	private final ChatProperties properties;
	private final UploadAllowance uploads;
	private final Clock clock;

	ChatImages(ConversationAccess access, BlobStore store, JdbcClient jdbc, ChatProperties properties,
			UploadAllowance uploads, Clock clock) {
		this.uploads = uploads;
		this.access = access;
		this.store = store;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	public record Uploaded(String imageUrl, String contentType, long size) {
	}

	public record Image(String contentType, long size, InputStream bytes) {
	}

	public Uploaded upload(Caller caller, String chatId, byte[] bytes) {
		var conversation = access.writable(caller, chatId);
		if (bytes.length == 0) {
			throw ProblemException.badRequest("empty-file", "The file is empty.");
		}
		if (bytes.length > properties.images().maxSize().toBytes()) {
			throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Images may be at most " + properties.images().maxSize().toMegabytes() + " MB.");
		}
		var format = FileType.sniff(bytes).filter(FileType::isImage).orElseThrow(() -> new ProblemException(
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-image", "Send a JPEG, PNG or GIF image."));
		// Counted before decoding: decoding is the costly part an abuser would want for free.
		uploads.take(caller.id(), bytes.length);
		// What is stored and served is the image written anew: no EXIF (GPS), nothing but pixels.
		bytes = ImageReencoding.reencode(format, bytes);
		var imageId = "img_" + UUID.randomUUID().toString().replace("-", "");
		try {
			store.put(imageId, bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store image " + imageId, e);
		}
		jdbc.sql("""
				INSERT INTO chat_image (id, conversation_id, uploader_id, content_type, size_bytes, sha256, created_at)
				VALUES (:id, :chatId, :uploader, :type, :size, :sha, :at)""")
				.param("id", imageId).param("chatId", conversation.id().value()).param("uploader", caller.id())
				.param("type", format.contentType()).param("size", bytes.length).param("sha", sha256(bytes))
				.param("at", Sql.utc(clock.instant()))
				.update();
		return new Uploaded(url(conversation.id(), imageId), format.contentType(), bytes.length);
	}

	public Image download(Caller caller, String chatId, String imageId) {
		var conversation = access.visible(caller, chatId);
		var row = find(conversation.id(), imageId).orElseThrow(() -> ProblemException.notFound("Image " + imageId));
		try {
			return new Image(row.contentType(), row.size(), store.open(imageId));
		}
		catch (IOException e) {
			throw ProblemException.notFound("Image " + imageId);
		}
	}

	/** True when {@code imageUrl} names an image uploaded to this very conversation. */
	boolean belongsTo(ConversationId chatId, String imageUrl) {
		var matcher = URL.matcher(imageUrl);
		return matcher.matches() && matcher.group(1).equals(chatId.value())
				&& find(chatId, matcher.group(2)).isPresent();
	}

	private Optional<Row> find(ConversationId chatId, String imageId) {
		return jdbc.sql("SELECT content_type, size_bytes FROM chat_image WHERE id = :id AND conversation_id = :chatId")
				.param("id", imageId).param("chatId", chatId.value())
				.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).optional();
	}

	private static String url(ConversationId chatId, String imageId) {
		return "/api/chat/" + chatId.value() + "/images/" + imageId;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Row(String contentType, long size) {
	}
}
