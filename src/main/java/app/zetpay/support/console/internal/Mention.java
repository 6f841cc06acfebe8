package app.zetpay.support.console.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A note that named an agent, as their inbox shows it. */
public record Mention(String id, String conversationId, String noteId, long noteSeq, String authorId,
		String authorName, String excerpt, Instant mentionedAt, @Nullable Instant readAt) {

	@JsonProperty("read")
	public boolean read() {
		return readAt != null;
	}
}
