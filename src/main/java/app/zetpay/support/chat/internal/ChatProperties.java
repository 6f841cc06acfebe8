package app.zetpay.support.chat.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import app.zetpay.support.shared.RateLimit;
import app.zetpay.support.shared.RateLimiter;

/**
 * Configuration of the {@code chat} module ({@code support.chat.*}).
 *
 * @param maxMessageLength characters in one message
 * @param maxContextLength characters of the JSON context a chat is opened with
 * @param replayBatch messages sent per batch when a socket resumes
 * @param images how large uploaded images may be (they are stored in the shared blob store)
 * @param sendLimit how many messages one sender may send per window
 * @param writers group-commit writer threads; a conversation always uses the same one
 * @param botFirst whether the triage bot answers a new support chat before any agent; when false,
 *        chats go straight to the agent queue
 */
@ConfigurationProperties("support.chat")
public record ChatProperties(@DefaultValue("4000") int maxMessageLength, @DefaultValue("4000") int maxContextLength,
		@DefaultValue("500") int replayBatch, @DefaultValue Images images, @DefaultValue SendLimit sendLimit,
		@DefaultValue("2") int writers, @DefaultValue("true") boolean botFirst) {

	public record Images(@DefaultValue("5MB") DataSize maxSize) {
	}

	/** Counted for the whole cluster (see {@link RateLimiter}); REST and socket sends share it. */
	public record SendLimit(@DefaultValue("30") int messages, @DefaultValue("10s") Duration window) {

		RateLimit asRateLimit() {
			return new RateLimit(messages, window);
		}
	}
}
