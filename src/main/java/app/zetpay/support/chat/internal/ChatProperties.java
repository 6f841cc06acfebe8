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
 * @param sendLimit how many messages one sender may send per window (REST and socket together)
 * @param frameLimits how many socket frames of each other type one user may send per window
 * @param writers group-commit writer threads; a conversation always uses the same one
 * @param writeLinger how long a writer that found only a few messages waits for more before it
 *        commits: a longer batch costs less per message (most of a commit's cost is per batch)
 * @param botFirst whether the triage bot answers a new support chat before any agent; when false,
 *        chats go straight to the agent queue
 */
@ConfigurationProperties("support.chat")
public record ChatProperties(@DefaultValue("4000") int maxMessageLength, @DefaultValue("4000") int maxContextLength,
		@DefaultValue("500") int replayBatch, @DefaultValue Images images, @DefaultValue SendLimit sendLimit,
		@DefaultValue FrameLimits frameLimits, @DefaultValue("2") int writers, @DefaultValue("2ms") Duration writeLinger,
		@DefaultValue("true") boolean botFirst) {

	public record Images(@DefaultValue("5MB") DataSize maxSize) {
	}

	/**
	 * Socket frames per user (per socket until it has authenticated), counted for the whole cluster.
	 * {@code send_message} is not here: it has {@link SendLimit}, shared with REST. Generous for a
	 * real client (an agent resuming all of their up to 50 chats after a reconnect, a typing indicator
	 * every keystroke pause, a keep-alive ping every few seconds), far below a flood.
	 *
	 * @param invalid frames that are not JSON, of an unknown type or missing fields
	 */
	public record FrameLimits(@DefaultValue("30/10s") RateLimit typing, @DefaultValue("60/10s") RateLimit read,
			@DefaultValue("120/1m") RateLimit resume, @DefaultValue("30/1m") RateLimit ping,
			@DefaultValue("10/1m") RateLimit authenticate, @DefaultValue("20/1m") RateLimit invalid) {
	}

	/** Counted for the whole cluster (see {@link RateLimiter}); REST and socket sends share it. */
	public record SendLimit(@DefaultValue("30") int messages, @DefaultValue("10s") Duration window) {

		RateLimit asRateLimit() {
			return new RateLimit(messages, window);
		}
	}
}
