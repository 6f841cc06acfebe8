package app.zetpay.support.chat.internal;

import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import app.zetpay.support.chat.ConversationId;
import app.zetpay.support.chat.MessageType;
import app.zetpay.support.identity.Caller;
import app.zetpay.support.masking.SensitiveData;
import app.zetpay.support.shared.InvalidFieldException;
import app.zetpay.support.shared.ProblemException;
import app.zetpay.support.shared.RateLimiter;

/**
 * What participants say in a conversation: their messages, checked and masked here and stored by
 * the group-commit writer, which also checks that the caller may write there. Read marks and typing
 * are {@link ChatSignals}.
 */
@Service
public class ChatMessaging {

	private final MessageWriter writer;
	private final ChatImages images;
	private final RateLimiter rateLimiter;
	private final ChatProperties properties;

	ChatMessaging(MessageWriter writer, ChatImages images, RateLimiter rateLimiter, ChatProperties properties) {
		this.writer = writer;
		this.images = images;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
	}

	/** What a client sends; {@code clientMessageId} makes retries safe. */
	public record NewMessage(@Nullable String text, @Nullable String imageUrl, @Nullable String type,
			@Nullable String receiverId, @Nullable String clientMessageId) {
	}

	/** A stored message and whether this call only found it again (a retried send). */
	public record Posted(ChatMessageView message, boolean replayed) {
	}

	/**
	 * Validates, masks and rate-limits on the caller's thread (CPU only), then hands the message to
	 * the group-commit writer and waits for it to be stored. Not transactional: the writer is.
	 */
	public Posted post(Caller caller, String chatId, NewMessage request) {
		var type = messageType(request);
		var clientMessageId = Fields.trimmed(request.clientMessageId(), "clientMessageId", 64);
		if (!ConversationId.isValid(chatId)) {
			throw ProblemException.notFound("Chat " + chatId);
		}
		var id = new ConversationId(chatId);
		if (request.imageUrl() != null && !images.belongsTo(id, request.imageUrl())) {
			throw new InvalidFieldException("imageUrl", "must be an image uploaded to this chat");
		}
		rateLimiter.acquire("chat:send:" + caller.id(), properties.sendLimit().asRateLimit(),
				"You are sending messages too fast. Wait a moment and try again.");
		var masked = request.text() == null ? null : SensitiveData.mask(request.text());
		var receiverId = Fields.trimmed(request.receiverId(), "receiverId", 128);
		var draft = new Append.Draft(type, masked, request.imageUrl(), clientMessageId, receiverId);
		try {
			var written = writer.submit(caller, id, draft).join();
			return new Posted(ChatMessageView.of(written.message(), false), written.replayed());
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw e;
		}
	}

	private MessageType messageType(NewMessage request) {
		var text = request.text() == null ? null : request.text().strip();
		var hasText = text != null && !text.isEmpty();
		var hasImage = request.imageUrl() != null && !request.imageUrl().isBlank();
		if (!hasText && !hasImage) {
			throw new InvalidFieldException("text", "a message needs text or an image");
		}
		if (request.text() != null && request.text().length() > properties.maxMessageLength()) {
			throw new InvalidFieldException("text", "must be at most " + properties.maxMessageLength() + " characters");
		}
		var type = request.type() == null ? (hasImage ? "image" : "text") : request.type().strip().toLowerCase();
		return switch (type) {
			case "text" -> MessageType.TEXT;
			case "image" -> {
				if (!hasImage) {
					throw new InvalidFieldException("imageUrl", "an image message needs an imageUrl");
				}
				yield MessageType.IMAGE;
			}
			default -> throw new InvalidFieldException("type", "must be text or image");
		};
	}
}
