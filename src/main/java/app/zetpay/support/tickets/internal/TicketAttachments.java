package app.zetpay.support.tickets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.zetpay.support.identity.Caller;
import app.zetpay.support.shared.BlobStore;
import app.zetpay.support.shared.FileType;
import app.zetpay.support.shared.ImageReencoding;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.Sql;
import app.zetpay.support.shared.UploadAllowance;

/**
 * Files on tickets: uploaded first, then attached to a new ticket or a reply by their id. The bytes
 * decide the type (images and PDFs); only the ticket's customer and the agents who see the ticket
 * can download them. Uploads never attached are removed after a day.
 */
@Service
public class TicketAttachments {

	private static final Logger log = LoggerFactory.getLogger(TicketAttachments.class);

	private final JdbcClient jdbc;
	private final BlobStore store;
	private final TicketStore tickets;
	private final TicketsProperties properties;
	private final UploadAllowance uploads;
	private final Clock clock;

	TicketAttachments(JdbcClient jdbc, BlobStore store, TicketStore tickets, TicketsProperties properties,
			UploadAllowance uploads, Clock clock) {
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.store = store;
		this.tickets = tickets;
		this.properties = properties;
		this.clock = clock;
	}

	public record Attachment(String id, String filename, String contentType, long size) {
	}

	public record Download(Attachment attachment, InputStream bytes) {
	}

	public Attachment upload(Caller caller, @Nullable String filename, byte[] bytes) {
		if (bytes.length == 0) {
			throw ProblemException.badRequest("empty-file", "The file is empty.");
		}
		if (bytes.length > properties.attachments().maxSize().toBytes()) {
			throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Attachments may be at most " + properties.attachments().maxSize().toMegabytes() + " MB.");
		}
		var type = FileType.sniff(bytes).orElseThrow(() -> new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"unsupported-file", "Attach a JPEG, PNG or GIF image or a PDF."));
		uploads.take(caller.id(), bytes.length);
		// Images are stored written anew (no EXIF, nothing but pixels); a PDF as it came.
		bytes = ImageReencoding.reencode(type, bytes);
		var id = "att_" + UUID.randomUUID().toString().replace("-", "");
		try {
			store.put(id, bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store attachment " + id, e);
		}
		var attachment = new Attachment(id, safeName(filename, type), type.contentType(), bytes.length);
		jdbc.sql("""
				INSERT INTO ticket_attachment (id, ticket_id, message_id, uploader_id, filename, content_type, size_bytes,
				  sha256, created_at)
				VALUES (:id, NULL, NULL, :uploader, :filename, :type, :size, :sha, :at)""")
				.param("id", id).param("uploader", caller.id()).param("filename", attachment.filename())
				.param("type", type.contentType()).param("size", bytes.length).param("sha", sha256(bytes))
				.param("at", Sql.utc(clock.instant())).update();
		return attachment;
	}

	/** Attaches the caller's own, not yet attached uploads to a ticket (and a reply). */
	@Transactional
	void attach(Caller caller, String ticketId, @Nullable String messageId, @Nullable List<String> attachmentIds) {
		if (attachmentIds == null || attachmentIds.isEmpty()) {
			return;
		}
		if (attachmentIds.size() > 10) {
			throw new InvalidFieldException("attachments", "at most 10 files per message");
		}
		for (var id : attachmentIds.stream().distinct().toList()) {
			var attached = jdbc.sql("""
					UPDATE ticket_attachment SET ticket_id = :ticket, message_id = :message
					WHERE id = :id AND uploader_id = :uploader AND ticket_id IS NULL""")
					.param("ticket", ticketId).param("message", messageId).param("id", id)
					.param("uploader", caller.id()).update();
			if (attached == 0) {
				throw new InvalidFieldException("attachments", "unknown or already attached: " + id);
			}
		}
	}

	/** A file with the reply it came with (none for files attached when the ticket was raised). */
	record Attached(@Nullable String messageId, Attachment attachment) {
	}

	List<Attached> all(String ticketId) {
		return jdbc.sql("SELECT id, filename, content_type, size_bytes, message_id FROM ticket_attachment"
				+ " WHERE ticket_id = :ticket ORDER BY created_at, id")
				.param("ticket", ticketId)
				.query((rs, n) -> new Attached(rs.getString(5),
						new Attachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))))
				.list();
	}

	@Transactional(readOnly = true)
	public Download download(Caller caller, String ticketIdOrNumber, String attachmentId) {
		var ticket = tickets.find(ticketIdOrNumber).filter(t -> t.isVisibleTo(caller))
				.orElseThrow(() -> ProblemException.notFound("Ticket " + ticketIdOrNumber));
		var attachment = jdbc.sql("SELECT id, filename, content_type, size_bytes FROM ticket_attachment"
				+ " WHERE id = :id AND ticket_id = :ticket")
				.param("id", attachmentId).param("ticket", ticket.id())
				.query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
				.optional().orElseThrow(() -> ProblemException.notFound("Attachment " + attachmentId));
		try {
			return new Download(attachment, store.open(attachment.id()));
		}
		catch (IOException e) {
			throw ProblemException.notFound("Attachment " + attachmentId);
		}
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	void removeAbandonedUploads() {
		var cutoff = clock.instant().minus(Duration.ofDays(1));
		var abandoned = jdbc.sql("SELECT id FROM ticket_attachment WHERE ticket_id IS NULL AND created_at < :cutoff")
				.param("cutoff", Sql.utc(cutoff)).query(String.class).list();
		for (var id : abandoned) {
			var deleted = jdbc.sql("DELETE FROM ticket_attachment WHERE id = :id AND ticket_id IS NULL")
					.param("id", id).update();
			if (deleted == 1) {
				try {
					store.delete(id);
				}
				catch (IOException e) {
					log.warn("Could not delete abandoned upload {}", id, e);
				}
			}
		}
	}

	private static String safeName(@Nullable String filename, FileType type) {
		var base = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_").strip();
		if (base.isEmpty()) {
			base = "attachment";
		}
		return base.length() > 120 ? base.substring(0, 120) : base;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
