package app.zetpay.support.agents.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the {@code agents} module ({@code support.agents.*}).
 *
 * @param heartbeat how often a node confirms the sockets it holds
 * @param presenceTimeout after how long without a heartbeat a node's sockets no longer count
 * @param averageHandleTime used to estimate the wait shown to queued customers
 * @param sweep how often any node retries assigning waiting conversations, besides the triggers
 */
@ConfigurationProperties("support.agents")
public record AgentsProperties(@DefaultValue("10s") Duration heartbeat, @DefaultValue("35s") Duration presenceTimeout,
		@DefaultValue("5m") Duration averageHandleTime, @DefaultValue("5s") Duration sweep) {
}
