package app.zetpay.support.payments.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the {@code payments} module ({@code support.payments.*}).
 *
 * @param adapter {@code demo} (generated transactions, embedded default) or {@code http}
 * @param baseUrl the payments system's API, for the http adapter
 * @param apiKey sent as a bearer token to the payments system, if set
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param failureThreshold percentage of failed calls (over the last 10) that opens the circuit
 * @param openFor how long the circuit stays open before trying again
 */
@ConfigurationProperties("support.payments")
public record PaymentsProperties(@DefaultValue("demo") String adapter, @Nullable String baseUrl,
		@Nullable String apiKey, @DefaultValue("2s") Duration connectTimeout, @DefaultValue("3s") Duration readTimeout,
		@DefaultValue("50") int failureThreshold, @DefaultValue("30s") Duration openFor) {
}
