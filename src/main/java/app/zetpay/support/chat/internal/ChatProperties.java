package app.zetpay.support.chat.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the {@code chat} module ({@code support.chat.*}).
 *
 * @param maxMessageLength characters in one message
 * @param maxContextLength characters of the JSON context a chat is opened with
 * @param replayBatch messages sent per batch when a socket resumes
 */
@ConfigurationProperties("support.chat")
public record ChatProperties(@DefaultValue("4000") int maxMessageLength, @DefaultValue("4000") int maxContextLength,
		@DefaultValue("500") int replayBatch) {
}
