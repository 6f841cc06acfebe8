package app.zetpay.support.cobrowse.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of co-browsing ({@code support.cobrowse.*}).
 *
 * @param maxDuration an accepted session ends by itself after this long
 * @param answerWithin a request the customer has not answered in this long lapses
 * @param maxFrameChars the largest {@code cobrowse_events} data chunk (a snapshot is sent in several)
 * @param framesPerSecond sustained relayed frames per second per session (twice this as a burst)
 * @param bytesPerSecond sustained relayed characters per second per session (a snapshot's worth as a burst)
 * @param burstBytes the most characters a session may send at once: its largest full snapshot
 * @param viewerBacklog once this many bytes wait to be written to the agent's socket, frames are
 *     dropped and the customer's page is asked for a fresh snapshot
 * @param relay {@code in-process} (one node) or {@code redis} (frames cross nodes by pub/sub)
 * @param sweepInterval how often lapsed and over-long sessions are looked for
 * @param reconnectGrace how long a session waits for its page after the page's socket dropped (a
 *     network blip); zero ends it at once
 */
@ConfigurationProperties("support.cobrowse")
public record CobrowseProperties(@DefaultValue("30m") Duration maxDuration, @DefaultValue("2m") Duration answerWithin,
		@DefaultValue("24000") int maxFrameChars, @DefaultValue("20") int framesPerSecond,
		@DefaultValue("500000") int bytesPerSecond, @DefaultValue("4000000") int burstBytes,
		@DefaultValue("262144") int viewerBacklog, @DefaultValue("in-process") String relay,
		@DefaultValue("5s") Duration sweepInterval, @DefaultValue("15s") Duration reconnectGrace) {
}
