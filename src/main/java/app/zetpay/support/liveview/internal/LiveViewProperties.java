package app.zetpay.support.liveview.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the live view ({@code support.liveview.*}).
 *
 * @param chatWaitWarning how long a queued chat waits before the live view lists it as near breach
 * @param frameInterval at most one {@code live_view} frame per node per this interval, however many
 *     changes happen in it
 * @param maxTickets how many near-breach tickets the view lists
 */
@ConfigurationProperties("support.liveview")
public record LiveViewProperties(@DefaultValue("2m") Duration chatWaitWarning,
		@DefaultValue("1s") Duration frameInterval, @DefaultValue("20") int maxTickets) {
}
